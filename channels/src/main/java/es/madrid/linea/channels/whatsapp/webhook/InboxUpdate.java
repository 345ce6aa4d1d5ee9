package es.madrid.linea.channels.whatsapp.webhook;

/**
 * One update taken from a webhook request, as stored in the inbox before the request is answered.
 *
 * @param key unique per update: the message's wamid, or {@code status:<wamid>:<status>} for a delivery status
 * @param citizenKey the pseudonym of the citizen it concerns
 * @param waId the citizen's number (kept in the database only: never printed)
 * @param payload the message or status object, as JSON
 */
public record InboxUpdate(String key, Kind kind, String citizenKey, String waId, String payload) {

    /** A citizen's message, or a delivery status of one of ours. */
    public enum Kind {
        MESSAGE,
        STATUS
    }

    @Override
    public String toString() {
        return "InboxUpdate[" + kind + " " + key + " of " + citizenKey + "]";
    }
}
