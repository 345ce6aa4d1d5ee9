package es.madrid.linea.handoff.routing;

import java.time.Instant;

/**
 * A conversation an agent holds.
 *
 * @param requestedAt when the citizen first asked for a person (kept across transfers, so they keep their turn)
 * @param since when the agent took it
 */
public record Assignment(
        String conversationId,
        String agent,
        String queue,
        boolean priority,
        String reason,
        Instant requestedAt,
        Instant since) {}
