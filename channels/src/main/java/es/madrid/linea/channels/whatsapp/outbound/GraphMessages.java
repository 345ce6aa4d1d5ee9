package es.madrid.linea.channels.whatsapp.outbound;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies of the Graph API's {@code POST /<version>/<phone-number-id>/messages}, in the shapes of Meta's
 * OpenAPI description (checked by the tests against the spec itself). Bodies are built without the recipient: the
 * number is added only when the message is sent, so it is never stored twice.
 */
public final class GraphMessages {

    public static final int MAX_TEXT = 4096;
    public static final int MAX_INTERACTIVE_BODY = 1024;
    public static final int MAX_BUTTONS = 3;
    public static final int MAX_BUTTON_TITLE = 20;
    public static final int MAX_BUTTON_ID = 256;
    public static final int MAX_ROWS = 10;
    public static final int MAX_ROW_TITLE = 24;
    public static final int MAX_ROW_DESCRIPTION = 72;
    public static final int MAX_ROW_ID = 200;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private GraphMessages() {}

    /** A row of a list message. */
    public record Row(String id, String title, String description) {}

    public static ObjectNode text(String body, boolean previewUrl) {
        ObjectNode message = envelope("text");
        message.putObject("text").put("preview_url", previewUrl).put("body", body);
        return message;
    }

    /** Reply buttons (up to three), each titled and carrying the id that comes back when pressed. */
    public static ObjectNode buttons(String body, List<Row> buttons) {
        ObjectNode interactive = interactive("button", body);
        ArrayNode array = interactive.putObject("action").putArray("buttons");
        for (Row button : buttons) {
            ObjectNode item = array.addObject().put("type", "reply");
            item.putObject("reply").put("id", button.id()).put("title", button.title());
        }
        return wrap(interactive);
    }

    /** A list message: one section of rows behind a button. */
    public static ObjectNode list(String body, String buttonLabel, List<Row> rows) {
        ObjectNode interactive = interactive("list", body);
        ObjectNode action = interactive.putObject("action").put("button", buttonLabel);
        ArrayNode array = action.putArray("sections").addObject().putArray("rows");
        for (Row row : rows) {
            ObjectNode item = array.addObject().put("id", row.id()).put("title", row.title());
            if (row.description() != null) {
                item.put("description", row.description());
            }
        }
        return wrap(interactive);
    }

    /** Asks the citizen to share a location, with WhatsApp's own "send location" button. */
    public static ObjectNode locationRequest(String body) {
        ObjectNode interactive = interactive("location_request_message", body);
        interactive.putObject("action").put("name", "send_location");
        return wrap(interactive);
    }

    public static ObjectNode template(TemplateMessage template) {
        ObjectNode message = envelope("template");
        ObjectNode content = message.putObject("template").put("name", template.name());
        // Meta's schema requires the policy; "deterministic" is its only value.
        content.putObject("language").put("policy", "deterministic").put("code", template.languageCode());
        if (!template.bodyParameters().isEmpty()) {
            ArrayNode parameters = content.putArray("components")
                    .addObject()
                    .put("type", "body")
                    .putArray("parameters");
            template.bodyParameters()
                    .forEach(text -> parameters.addObject().put("type", "text").put("text", text));
        }
        return message;
    }

    /** A copy of the body addressed to a WhatsApp number. */
    public static ObjectNode addressedTo(ObjectNode body, String waId) {
        ObjectNode copy = body.deepCopy();
        copy.put("to", waId);
        return copy;
    }

    private static ObjectNode envelope(String type) {
        return JSON.objectNode()
                .put("messaging_product", "whatsapp")
                .put("recipient_type", "individual")
                .put("type", type);
    }

    private static ObjectNode interactive(String type, String body) {
        ObjectNode interactive = JSON.objectNode().put("type", type);
        interactive.putObject("body").put("text", body);
        return interactive;
    }

    private static ObjectNode wrap(ObjectNode interactive) {
        ObjectNode message = envelope("interactive");
        message.set("interactive", interactive);
        return message;
    }
}
