package es.madrid.linea.channels.whatsapp;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The request body schema of Meta's {@code POST /{Version}/{Phone-Number-ID}/messages}, taken from Meta's own OpenAPI
 * 3.1 description (test resource {@code whatsapp/meta/}), as a JSON Schema 2020-12 validator. Two adjustments, both
 * explained in {@code whatsapp/README.md} beside the spec: {@code additionalProperties: false} inside each message
 * type's {@code allOf} is read as {@code unevaluatedProperties: false} on the {@code allOf} (read literally, no
 * message at all would validate), and the interactive location request message that Meta documents but this spec
 * version omits is added.
 */
public final class MetaMessageSpec {

    private static final String SPEC = "/whatsapp/meta/meta_business-messaging-api_v23.0.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema MESSAGE = load();

    private MetaMessageSpec() {}

    /** The schema violations of a request body (empty when it is a valid message). */
    public static List<String> violations(JsonNode body) {
        return MESSAGE.validate(body).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList();
    }

    public static List<String> violations(String body) {
        return violations(JSON.readTree(body));
    }

    private static Schema load() {
        JsonNode spec;
        try (InputStream in = MetaMessageSpec.class.getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + SPEC);
            }
            spec = YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode components = (ObjectNode) spec.get("components").deepCopy();
        ObjectNode schemas = (ObjectNode) components.get("schemas");
        readAllOfAsMeant(schemas);
        addLocationRequestMessage(schemas);
        ObjectNode root = JSON.createObjectNode()
                .put("$schema", "https://json-schema.org/draft/2020-12/schema")
                .put("$ref", "#/components/schemas/Message");
        root.set("components", components);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(root);
    }

    /** {@code allOf: [base, {additionalProperties: false}]} becomes {@code unevaluatedProperties: false} around it. */
    private static void readAllOfAsMeant(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode allOf = object.get("allOf");
            if (allOf instanceof ArrayNode parts) {
                for (JsonNode part : parts) {
                    if (part instanceof ObjectNode branch
                            && branch.has("additionalProperties")
                            && branch.get("additionalProperties").isBoolean()
                            && !branch.get("additionalProperties").asBoolean()) {
                        branch.remove("additionalProperties");
                        object.put("unevaluatedProperties", false);
                    }
                }
            }
            object.values().forEach(MetaMessageSpec::readAllOfAsMeant);
        } else if (node instanceof ArrayNode array) {
            array.forEach(MetaMessageSpec::readAllOfAsMeant);
        }
    }

    /** Meta's location request message: {@code interactive.type} and {@code action.name}, as documented. */
    private static void addLocationRequestMessage(ObjectNode schemas) {
        ((ArrayNode) schemas.get("InteractiveObject")
                        .get("properties")
                        .get("type")
                        .get("enum"))
                .add("location_request_message");
        ObjectNode sendLocation = ((ArrayNode) schemas.get("ActionObject").get("oneOf")).addObject();
        sendLocation.putArray("required").add("name");
        sendLocation
                .putObject("properties")
                .putObject("name")
                .put("type", "string")
                .putArray("enum")
                .add("send_location");
    }
}
