package es.madrid.linea.bot.handoff;

/**
 * Where a handoff goes and whether a person can take it now.
 *
 * @param queue the queue (agent group) the conversation would wait in
 * @param openingHours when people attend the chat, in Spanish for the citizen, e.g. "de lunes a viernes, de 8:30 a
 *     20:00"
 */
public record HandoffRoute(String queue, Availability availability, String openingHours) {

    /** Whether someone can take the conversation. */
    public enum Availability {
        /** Within opening hours and someone of the group is signed in: the conversation will be queued. */
        OPEN,
        /** Outside opening hours. */
        CLOSED,
        /** Within opening hours, but nobody who could take it is signed in and available. */
        NO_AGENTS
    }

    public boolean open() {
        return availability == Availability.OPEN;
    }
}
