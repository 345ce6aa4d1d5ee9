package es.madrid.linea.channels.whatsapp.webhook;

import es.madrid.linea.channels.whatsapp.CitizenPseudonyms;
import es.madrid.linea.channels.whatsapp.JsonFields;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a webhook request body (Meta's {@code whatsapp_business_account} envelope: entries, changes, values) into the
 * updates Cibeles keeps: citizens' messages and the delivery statuses of our messages, for our phone number only.
 * Everything else (template reviews, account updates, calls, echoes...) and anything malformed is noted, not kept:
 * the request is still answered 200 so that Meta does not retry it forever.
 */
public final class WebhookReader {

    /** What a request carried: the updates to keep, and notes (for the log) on what was left out and why. */
    public record Reading(List<InboxUpdate> updates, List<String> notes) {}

    private static final int MAX_KEY = 300;
    private static final int MAX_WA_ID = 64;

    private final JsonMapper json;
    private final CitizenPseudonyms pseudonyms;
    private final String phoneNumberId;

    public WebhookReader(JsonMapper json, CitizenPseudonyms pseudonyms, String phoneNumberId) {
        this.json = json;
        this.pseudonyms = pseudonyms;
        this.phoneNumberId = phoneNumberId;
    }

    public Reading read(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException malformed) {
            return new Reading(List.of(), List.of("malformed JSON"));
        }
        List<InboxUpdate> updates = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (root == null || !"whatsapp_business_account".equals(JsonFields.text(root, "object"))) {
            notes.add("not a whatsapp_business_account update");
            return new Reading(updates, notes);
        }
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                readChange(change, updates, notes);
            }
        }
        if (updates.isEmpty() && notes.isEmpty()) {
            notes.add("no updates");
        }
        return new Reading(updates, notes);
    }

    private void readChange(JsonNode change, List<InboxUpdate> updates, List<String> notes) {
        String field = JsonFields.text(change, "field");
        JsonNode value = change.path("value");
        if (!"messages".equals(field)) {
            notes.add("ignored field " + field);
            return;
        }
        String number = JsonFields.scalar(value, "metadata", "phone_number_id");
        if (!phoneNumberId.equals(number)) {
            notes.add("ignored update for another phone number");
            return;
        }
        for (JsonNode message : value.path("messages")) {
            add(
                    InboxUpdate.Kind.MESSAGE,
                    JsonFields.text(message, "id"),
                    JsonFields.text(message, "from"),
                    message,
                    updates,
                    notes);
        }
        for (JsonNode status : value.path("statuses")) {
            String id = JsonFields.text(status, "id");
            String name = JsonFields.text(status, "status");
            add(
                    InboxUpdate.Kind.STATUS,
                    id == null || name == null ? null : "status:" + id + ":" + name,
                    JsonFields.text(status, "recipient_id"),
                    status,
                    updates,
                    notes);
        }
        for (JsonNode error : value.path("errors")) {
            notes.add("WhatsApp reported error " + JsonFields.scalar(error, "code") + " "
                    + JsonFields.text(error, "title"));
        }
    }

    private void add(
            InboxUpdate.Kind kind,
            String key,
            String waId,
            JsonNode payload,
            List<InboxUpdate> updates,
            List<String> notes) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            notes.add(kind + " without a usable id");
            return;
        }
        if (waId == null || waId.isBlank() || waId.length() > MAX_WA_ID) {
            notes.add(kind + " without a usable sender or recipient");
            return;
        }
        String citizenKey;
        try {
            citizenKey = pseudonyms.of(waId);
        } catch (IllegalArgumentException unusable) {
            notes.add(kind + " without a usable sender or recipient");
            return;
        }
        updates.add(new InboxUpdate(key, kind, citizenKey, waId, payload.toString()));
    }
}
