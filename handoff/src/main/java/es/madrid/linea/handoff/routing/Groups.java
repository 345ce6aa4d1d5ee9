package es.madrid.linea.handoff.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configured groups and the queues a handoff may go to, best first: the priority group for a priority citizen,
 * then the group with the topic's skill, then the default group.
 */
public final class Groups {

    private final List<Group> groups;
    private final String defaultGroup;

    public Groups(List<Group> groups, String defaultGroup) {
        if (groups.stream().noneMatch(g -> g.name().equals(defaultGroup))) {
            throw new IllegalArgumentException("the default group " + defaultGroup + " is not configured");
        }
        this.groups = List.copyOf(groups);
        this.defaultGroup = defaultGroup;
    }

    public List<Group> all() {
        return groups;
    }

    public Optional<Group> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    public String defaultGroup() {
        return defaultGroup;
    }

    /** The queues that may take a conversation on this topic, in order of preference, without repeats. */
    public List<String> candidates(String skill, boolean priority) {
        List<String> candidates = new ArrayList<>();
        if (priority) {
            groups.stream().filter(Group::priority).findFirst().ifPresent(g -> candidates.add(g.name()));
        }
        groups.stream()
                .filter(g -> !g.priority() && g.skills().contains(skill))
                .findFirst()
                .ifPresent(g -> addOnce(candidates, g.name()));
        addOnce(candidates, defaultGroup);
        return candidates;
    }

    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }
}
