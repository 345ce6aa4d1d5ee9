package es.madrid.linea.bot.conversation;

import es.madrid.linea.bot.geo.GeoPoint;

/**
 * A citizen's message as it arrives from any channel: exactly one of text, an option id (payload) or a location, and
 * optionally the client's message id. Built only through {@link #of}, which cleans and checks it, so the rest of
 * the core never sees an empty, oversized or binary message.
 */
public record InboundMessage(String text, String payload, GeoPoint location, String messageId) {

    /** The longest text accepted, in characters. A citizen's question fits; a pasted document does not. */
    public static final int MAX_TEXT_LENGTH = 2000;

    public static final int MAX_PAYLOAD_LENGTH = 200;
    public static final int MAX_MESSAGE_ID_LENGTH = 128;

    public static InboundMessage text(String text) {
        return of(text, null, null, null);
    }

    /**
     * Checks and cleans a message: control characters (other than line breaks and tabs) are dropped and the text is
     * trimmed before its length is checked.
     *
     * @throws InvalidMessageException with a stable code and a Spanish explanation
     */
    public static InboundMessage of(String text, String payload, GeoPoint location, String messageId) {
        int given = (text != null ? 1 : 0) + (payload != null ? 1 : 0) + (location != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidMessageException(
                    "invalid_message",
                    "El mensaje debe llevar un texto, una opción elegida o una ubicación (solo una).");
        }
        if (messageId != null && (messageId.isBlank() || messageId.length() > MAX_MESSAGE_ID_LENGTH)) {
            throw new InvalidMessageException(
                    "invalid_message_id", "El identificador del mensaje debe tener entre 1 y 128 caracteres.");
        }
        String cleanText = null;
        if (text != null) {
            cleanText = clean(text);
            if (cleanText.isEmpty()) {
                throw new InvalidMessageException(
                        "empty_text", "El mensaje está vacío. Escribe tu consulta, por favor.");
            }
            if (cleanText.length() > MAX_TEXT_LENGTH) {
                throw new InvalidMessageException(
                        "text_too_long", "El mensaje es demasiado largo: el máximo son 2.000 caracteres.");
            }
        }
        String cleanPayload = null;
        if (payload != null) {
            cleanPayload = clean(payload);
            if (cleanPayload.isEmpty() || cleanPayload.length() > MAX_PAYLOAD_LENGTH) {
                throw new InvalidMessageException("invalid_payload", "La opción elegida no es válida.");
            }
        }
        return new InboundMessage(cleanText, cleanPayload, location, messageId);
    }

    private static String clean(String raw) {
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(cp -> cp == '\n' || cp == '\t' || !Character.isISOControl(cp))
                .filter(cp ->
                        Character.getType(cp) != Character.UNASSIGNED && Character.getType(cp) != Character.SURROGATE)
                .forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }
}
