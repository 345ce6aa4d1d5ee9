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
public record DeskSnapshot(Instant at, Map<String, QueueStanding> standings, List<QueueSummary> queues) {

    public static final DeskSnapshot EMPTY = new DeskSnapshot(Instant.EPOCH, Map.of(), List.of());

    public DeskSnapshot {
        standings = Map.copyOf(standings);
        queues = List.copyOf(queues);
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
