package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.handoff.QueueStanding;
import es.madrid.linea.handoff.routing.Group;
import es.madrid.linea.handoff.routing.QueueEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The desk as published after each change, for readers on other threads (the dialogue asking where a handoff goes,
 * the conversations and queues APIs): immutable, replaced as a whole.
 */
public record DeskSnapshot(
        Instant at, Map<String, QueueStanding> standings, List<QueueSummary> queues, List<AgentSummary> agents) {

    public static final DeskSnapshot EMPTY = new DeskSnapshot(Instant.EPOCH, Map.of(), List.of(), List.of());

    public DeskSnapshot {
        standings = Map.copyOf(standings);
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
    }

    /**
     * An agent (or supervisor) the desk knows, as a supervisor watches them: presence and load against capacity.
     *
     * @param connected at least one console of theirs is connected
     * @param conversations the conversations they hold
     * @param offers the conversations offered to them, not yet accepted
     * @param idleSince since when they have nothing to do, or null while they have
     */
    public record AgentSummary(
            String name,
            String displayName,
            String presence,
            boolean connected,
            int capacity,
            List<String> groups,
            List<String> conversations,
            List<String> offers,
            Instant idleSince) {

        public AgentSummary {
            groups = List.copyOf(groups);
            conversations = List.copyOf(conversations);
            offers = List.copyOf(offers);
        }
    }

    /**
     * One group's queue.
     *
     * @param attended someone of the group is signed in and at work
     * @param agentsAvailable how many of its agents are signed in and available
     */
    public record QueueSummary(
            Group group, boolean attended, int agentsAvailable, Duration handleTime, List<QueueEntry> waiting) {

        public QueueSummary {
            waiting = List.copyOf(waiting);
        }
    }

    public boolean attended(String queue) {
        return queues.stream().anyMatch(q -> q.group().name().equals(queue) && q.attended());
    }

    public Optional<QueueStanding> standing(String conversationId) {
        return Optional.ofNullable(standings.get(conversationId));
    }
}
