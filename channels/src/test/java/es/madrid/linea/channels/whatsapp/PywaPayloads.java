package es.madrid.linea.channels.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real webhook payloads collected by the pywa project (test resources {@code whatsapp/pywa_updates}, MIT), and
 * its signature test vector. Each file maps case names to whole webhook bodies.
 */
public final class PywaPayloads {

    /** The phone-number id most of the payloads are addressed to. */
    public static final String PHONE_NUMBER_ID = "1122334455667";

    public static final List<String> FILES = List.of(
            "account_update",
            "call_connect",
            "call_permission_update",
            "call_status",
            "call_terminate",
            "callback_button",
            "callback_selection",
            "deleted_message",
            "edited_message",
            "flow_completion",
            "message",
            "message_status",
            "outgoing_message",
            "system",
            "template_category_update",
            "template_components_update",
            "template_quality_update",
            "template_status_update",
            "user_marketing_preferences");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PywaPayloads() {}

    /** One webhook body of the collection. */
    public record Case(String file, String name, JsonNode body) {

        public byte[] bytes() {
            return JSON.writeValueAsBytes(body);
        }

        @Override
        public String toString() {
            return file + "/" + name;
        }
    }

    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (String file : FILES) {
            JsonNode named = JSON.readTree(resource("/whatsapp/pywa_updates/" + file + ".json"));
            for (Map.Entry<String, JsonNode> entry : named.properties()) {
                cases.add(new Case(file, entry.getKey(), entry.getValue()));
            }
        }
        return cases;
    }

    public static Case get(String file, String name) {
        return all().stream()
                .filter(c -> c.file().equals(file) && c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The signature vector: the app secret, the exact body bytes and the header Meta sent with them. */
    public record SignatureVector(String appSecret, byte[] body, String header) {}

    public static SignatureVector signatureVector() {
        JsonNode vector = JSON.readTree(resource("/whatsapp/pywa_updates/hmac_vector_pywa.json"));
        return new SignatureVector(
                vector.get("app_secret").asString(),
                resource("/whatsapp/pywa_updates/hmac_vector_pywa_body.json"),
                vector.get("x_hub_signature_256").asString());
    }

    public static byte[] resource(String path) {
        try (InputStream in = PywaPayloads.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
