package es.madrid.linea.bot.handoff;

/**
 * A citizen asked to be phoned back: a task for the agents of {@code queue}. The phone is personal data: never
 * logged unmasked.
 *
 * @param phone normalised, e.g. {@code +34600123456}
 * @param reason why the citizen needed a person (a {@link HandoffReasons} value)
 */
public record CallbackRequest(String conversationId, String phone, String queue, String reason, boolean priority) {

    @Override
    public String toString() {
        return "CallbackRequest[conversationId=" + conversationId + ", phone=[phone], queue=" + queue + ", reason="
                + reason + ", priority=" + priority + "]";
    }
}
