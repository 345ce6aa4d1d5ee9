package es.madrid.linea.handoff.routing;

import java.time.Instant;

/**
 * A conversation waiting for a person, as the queues show it.
 *
 * @param offeredTo the agent it is offered to right now, or null
 * @param reservedFor the agent it was transferred to, who gets it first, or null
 */
public record QueueEntry(
        String conversationId,
        String queue,
        boolean priority,
        String reason,
        Instant requestedAt,
        String offeredTo,
        String reservedFor) {}
