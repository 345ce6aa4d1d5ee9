package es.madrid.linea.handoff.desk;

import es.madrid.linea.handoff.routing.AgentProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who attends which groups. Agents are the accounts with the AGENT or SUPERVISOR role; the roster adds their groups,
 * capacity and display name from configuration. An agent not configured attends every group, so a small office works
 * without listing anyone.
 */
public final class Roster {

    private final Map<String, AgentProfile> configured;
    private final Set<String> allGroups;
    private final int defaultCapacity;

    public Roster(List<AgentProfile> configured, Set<String> allGroups, int defaultCapacity) {
        this.configured = configured.stream().collect(Collectors.toMap(AgentProfile::name, Function.identity()));
        this.allGroups = Set.copyOf(allGroups);
        this.defaultCapacity = defaultCapacity;
    }

    public AgentProfile profileOf(String agent) {
        AgentProfile profile = configured.get(agent);
        return profile != null ? profile : new AgentProfile(agent, agent, allGroups, defaultCapacity);
    }
}
