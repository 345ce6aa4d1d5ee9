package es.madrid.linea.handoff.routing;

import java.util.Set;

/**
 * An agent as configured: the groups they attend and how many conversations they hold at once.
 *
 * @param name the account's user name
 * @param displayName how colleagues see them in the console
 */
public record AgentProfile(String name, String displayName, Set<String> groups, int capacity) {

    public AgentProfile {
        groups = Set.copyOf(groups);
        if (capacity < 1) {
            throw new IllegalArgumentException("an agent's capacity must be at least 1: " + name);
        }
    }
}
