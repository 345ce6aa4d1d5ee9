package es.madrid.linea.channels.whatsapp;

import es.madrid.linea.channels.whatsapp.webhook.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Webhook requests as Meta sends them (the envelope of the pywa payloads), for one citizen's number, with fresh
 * wamids and current timestamps, signed with the test app secret.
 */
public final class MetaWebhooks {

    public static final String APP_SECRET = "test-app-secret";
    public static final String VERIFY_TOKEN = "test-verify-token";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final WebhookSignature SIGNATURE = new WebhookSignature(APP_SECRET);

    private MetaWebhooks() {}

    /** A new citizen number, different for every call (so tests sharing a service do not meet). */
    public static String newNumber() {
        return "3466" + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000);
    }

    public static String newWamid() {
        return "wamid.TEST" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime();
    }

    public static String signature(byte[] body) {
        return SIGNATURE.headerFor(body);
    }

    public static ObjectNode message(String waId, String wamid, Instant at, String type) {
        return JSON.createObjectNode()
                .put("from", waId)
                .put("id", wamid)
                .put("timestamp", String.valueOf(at.getEpochSecond()))
                .put("type", type);
    }

    public static ObjectNode text(String waId, String wamid, String text) {
        ObjectNode message = message(waId, wamid, Instant.now(), "text");
        message.putObject("text").put("body", text);
        return message;
    }

    public static ObjectNode buttonReply(String waId, String wamid, String id, String title) {
        ObjectNode message = message(waId, wamid, Instant.now(), "interactive");
        ObjectNode interactive = message.putObject("interactive").put("type", "button_reply");
        interactive.putObject("button_reply").put("id", id).put("title", title);
        return message;
    }

    public static ObjectNode listReply(String waId, String wamid, String id, String title) {
        ObjectNode message = message(waId, wamid, Instant.now(), "interactive");
        ObjectNode interactive = message.putObject("interactive").put("type", "list_reply");
        interactive.putObject("list_reply").put("id", id).put("title", title);
        return message;
    }

    public static ObjectNode location(String waId, String wamid, double lat, double lon) {
        ObjectNode message = message(waId, wamid, Instant.now(), "location");
        message.putObject("location").put("latitude", lat).put("longitude", lon);
        return message;
    }

    public static ObjectNode image(String waId, String wamid, String mediaId, String caption) {
        ObjectNode message = message(waId, wamid, Instant.now(), "image");
        ObjectNode image = message.putObject("image")
                .put("mime_type", "image/jpeg")
                .put("sha256", "abc=")
                .put("id", mediaId);
        if (caption != null) {
            image.put("caption", caption);
        }
        return message;
    }

    public static ObjectNode status(String waId, String wamid, String status, Integer errorCode) {
        ObjectNode update = JSON.createObjectNode()
                .put("id", wamid)
                .put("status", status)
                .put("timestamp", String.valueOf(Instant.now().getEpochSecond()))
                .put("recipient_id", waId);
        if (errorCode != null) {
            update.putArray("errors")
                    .addObject()
                    .put("code", errorCode)
                    .put("title", "Error " + errorCode)
                    .put("message", "Error " + errorCode);
        }
        return update;
    }

    /** The webhook envelope around messages from one number. */
    public static byte[] messages(String waId, ObjectNode... messages) {
        ObjectNode value = value();
        value.putArray("contacts")
                .addObject()
                .put("wa_id", waId)
                .putObject("profile")
                .put("name", "Ciudadana");
        var array = value.putArray("messages");
        for (ObjectNode message : messages) {
            array.add(message);
        }
        return envelope(value);
    }

    /** The webhook envelope around delivery statuses. */
    public static byte[] statuses(ObjectNode... statuses) {
        ObjectNode value = value();
        var array = value.putArray("statuses");
        for (ObjectNode status : statuses) {
            array.add(status);
        }
        return envelope(value);
    }

    private static ObjectNode value() {
        ObjectNode value = JSON.createObjectNode().put("messaging_product", "whatsapp");
        value.putObject("metadata")
                .put("display_phone_number", "34910000000")
                .put("phone_number_id", PywaPayloads.PHONE_NUMBER_ID);
        return value;
    }

    private static byte[] envelope(ObjectNode value) {
        ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode change = root.putArray("entry")
                .addObject()
                .put("id", "264937493375603")
                .putArray("changes")
                .addObject();
        change.set("value", value);
        change.put("field", "messages");
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }
}
