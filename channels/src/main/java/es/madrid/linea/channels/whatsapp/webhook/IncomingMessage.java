package es.madrid.linea.channels.whatsapp.webhook;

import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.channels.whatsapp.JsonFields;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a citizen's WhatsApp message means to Cibeles, whatever WhatsApp type carried it: text, the choice of an option
 * the bot offered (a reply button, a list row, a template's quick reply), a shared location, a photo, something
 * Cibeles cannot read, or something that needs no answer at all (a reaction, a deletion, an edit, a system notice).
 */
sealed interface IncomingMessage {

    /** The citizen wrote. */
    record Text(String text) implements IncomingMessage {}

    /** The citizen picked an option: its id is the one the bot offered. */
    record Choice(String optionId) implements IncomingMessage {}

    /** The citizen shared a location (their current one or a place they chose). */
    record SharedLocation(GeoPoint point) implements IncomingMessage {}

    /** The citizen sent a photo: {@code mediaId} is WhatsApp's id to download it; the caption may be null. */
    record Photo(String mediaId, String caption) implements IncomingMessage {}

    /** Audio, video, documents, stickers, contacts... which Cibeles cannot read. */
    record Unsupported(String type) implements IncomingMessage {}

    /** Nothing to answer. */
    record Ignored(String why) implements IncomingMessage {}

    /** Types that need no answer: answering "I can only read text" to a 👍 would be rude. */
    Set<String> SILENT_TYPES = Set.of("reaction", "revoke", "edit", "system", "ephemeral", "request_welcome");

    static IncomingMessage of(JsonNode message) {
        String type = JsonFields.text(message, "type");
        if (type == null) {
            return new Unsupported("none");
        }
        if (SILENT_TYPES.contains(type)) {
            return new Ignored(type);
        }
        switch (type) {
            case "text":
                return text(JsonFields.text(message, "text", "body"));
            case "interactive":
                return interactive(message.path("interactive"));
            case "button":
                return quickReply(message.path("button"));
            case "location":
                return location(message.path("location"));
            case "image":
                String mediaId = JsonFields.scalar(message, "image", "id");
                return mediaId == null
                        ? new Unsupported(type)
                        : new Photo(mediaId, JsonFields.text(message, "image", "caption"));
            default:
                return new Unsupported(type);
        }
    }

    private static IncomingMessage text(String body) {
        return body == null || body.isBlank() ? new Ignored("empty text") : new Text(body);
    }

    private static IncomingMessage interactive(JsonNode interactive) {
        String kind = JsonFields.text(interactive, "type");
        if ("button_reply".equals(kind) || "list_reply".equals(kind)) {
            String id = JsonFields.text(interactive, kind, "id");
            if (id != null && !id.isBlank()) {
                return new Choice(id);
            }
        }
        return new Unsupported("interactive " + kind);
    }

    /** A template's quick-reply button: its payload is the option id; without one, its text is what was said. */
    private static IncomingMessage quickReply(JsonNode button) {
        String payload = JsonFields.text(button, "payload");
        if (payload != null && !payload.isBlank()) {
            return new Choice(payload);
        }
        return text(JsonFields.text(button, "text"));
    }

    private static IncomingMessage location(JsonNode location) {
        JsonNode lat = location.path("latitude");
        JsonNode lon = location.path("longitude");
        if (!lat.isNumber() || !lon.isNumber()) {
            return new Unsupported("location without coordinates");
        }
        try {
            return new SharedLocation(new GeoPoint(lat.asDouble(), lon.asDouble()));
        } catch (IllegalArgumentException outOfRange) {
            return new Unsupported("location out of range");
        }
    }
}
