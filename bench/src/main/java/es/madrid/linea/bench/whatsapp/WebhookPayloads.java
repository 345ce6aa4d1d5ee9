package es.madrid.linea.bench.whatsapp;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Inbound text messages as the WhatsApp Cloud API delivers them to the webhook (the envelope of
 * {@code shared/reference/whatsapp/pywa_updates/message.json}): one message per delivery, from a Spanish mobile
 * number, with a unique {@code wamid}.
 */
final class WebhookPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String phoneNumberId;

    WebhookPayloads(String phoneNumberId) {
        this.phoneNumberId = phoneNumberId;
    }

    /** The wa_id (phone number without +) of the n-th simulated citizen. */
    static String waId(int citizen) {
        return String.format("34600%06d", citizen);
    }

    String textMessage(int citizen, String wamid, String text, long epochSeconds) {
        ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode entry = root.putArray("entry").addObject().put("id", "102290129340398");
        ObjectNode value =
                entry.putArray("changes").addObject().put("field", "messages").putObject("value");
        value.put("messaging_product", "whatsapp");
        value.putObject("metadata").put("display_phone_number", "34910000000").put("phone_number_id", phoneNumberId);
        ObjectNode contact = value.putArray("contacts").addObject();
        contact.putObject("profile").put("name", "Vecina " + citizen);
        contact.put("wa_id", waId(citizen));
        ObjectNode message = value.putArray("messages").addObject();
        message.put("from", waId(citizen))
                .put("id", wamid)
                .put("timestamp", Long.toString(epochSeconds))
                .put("type", "text");
        message.putObject("text").put("body", text);
        return root.toString();
    }
}
