package es.madrid.linea.handoff.console;

import es.madrid.linea.bot.handoff.QueueStanding;
import es.madrid.linea.handoff.desk.DeskSnapshot;
import es.madrid.linea.handoff.routing.QueueEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/v1/handoff/queues}: every queue with its waiting conversations in order (next first), their
 * priority and how long they have waited.
 *
 * @param at when the queues were read
 */
record QueuesResponse(Instant at, List<Queue> queues) {

    /**
     * One group's queue.
     *
     * @param priority true for the group that attends priority citizens
     * @param attended someone of the group is signed in and at work
     * @param handleTimeSeconds the group's average time per conversation, which the expected waits use
     */
    record Queue(
            String name,
            String title,
            boolean priority,
            boolean attended,
            int agentsAvailable,
            long handleTimeSeconds,
            List<Waiting> waiting) {}

    /**
     * A waiting conversation.
     *
     * @param position 1 for the next
     * @param priority a priority citizen (elderly, vulnerable): ahead of the others
     * @param offeredTo the agent it is offered to right now, or null
     */
    record Waiting(
            String conversationId,
            int position,
            boolean priority,
            String reason,
            String channel,
            Instant requestedAt,
            long waitingSeconds,
            long estimatedWaitSeconds,
            String offeredTo) {}

    static QueuesResponse of(DeskSnapshot snapshot, Instant now) {
        List<Queue> queues = new ArrayList<>();
        for (DeskSnapshot.QueueSummary summary : snapshot.queues()) {
            List<Waiting> waiting = new ArrayList<>();
            List<QueueEntry> line = summary.waiting();
            for (int i = 0; i < line.size(); i++) {
                QueueEntry entry = line.get(i);
                long waited = Math.max(
                        0, Duration.between(entry.ticket().requestedAt(), now).toSeconds());
                long expected = snapshot.standing(entry.conversationId())
                        .map(QueueStanding::estimatedWait)
                        .map(Duration::toSeconds)
                        .orElse(0L);
                waiting.add(new Waiting(
                        entry.conversationId(),
                        i + 1,
                        entry.priority(),
                        entry.ticket().reason(),
                        entry.ticket().channel(),
                        entry.ticket().requestedAt(),
                        waited,
                        expected,
                        entry.offeredTo()));
            }
            queues.add(new Queue(
                    summary.group().name(),
                    summary.group().title(),
                    summary.group().priority(),
                    summary.attended(),
                    summary.agentsAvailable(),
                    summary.handleTime().toSeconds(),
                    waiting));
        }
        return new QueuesResponse(now, queues);
    }
}
