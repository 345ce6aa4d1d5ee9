package es.madrid.linea.handoff.routing;

import java.time.Instant;
import java.util.List;

/**
 * An agent as the desk sees them now.
 *
 * @param connected true while at least one console of theirs is connected
 * @param offers conversations offered to them, not yet accepted
 * @param idleSince when they last had nothing to do (null if they never had)
 * @param disconnectedAt since when no console of theirs is connected (null while one is, or before the first)
 */
public record AgentStatus(
        AgentProfile profile,
        Presence presence,
        boolean connected,
        List<String> conversations,
        List<String> offers,
        Instant idleSince,
        Instant disconnectedAt) {

    public String name() {
        return profile.name();
    }

    public int load() {
        return conversations.size() + offers.size();
    }
}
