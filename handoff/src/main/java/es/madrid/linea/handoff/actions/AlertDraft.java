package es.madrid.linea.handoff.actions;

import java.util.List;

/**
 * The alert form as the console first shows it: filled from what the citizen said, for the agent to correct. Carries
 * the citizen's words: {@link #toString} prints none of them.
 *
 * @param serviceId the service chosen so far (confirmed by the dialogue, or the understanding's best guess), or null
 * @param lat with {@code lon}, the point the citizen shared or the dialogue resolved, or null
 * @param photo the photo the citizen sent, or null
 * @param suggestions what the understanding thought the incident was, best first
 * @param services every service the alerts system accepts, in its order
 * @param problem a Spanish explanation when the services could not be read, else null
 */
public record AlertDraft(
        String serviceId,
        String address,
        Double lat,
        Double lon,
        String description,
        String photo,
        List<Suggestion> suggestions,
        List<ServiceChoice> services,
        String problem) {

    /** A service the understanding suggested, with its confidence in percent. */
    public record Suggestion(String serviceId, String name, int percent) {}

    /** A kind of alert the agent can choose, with its family ("Alumbrado público"). */
    public record ServiceChoice(String id, String name, String group) {}

    @Override
    public String toString() {
        return "AlertDraft[serviceId=" + serviceId + ", masked]";
    }
}
