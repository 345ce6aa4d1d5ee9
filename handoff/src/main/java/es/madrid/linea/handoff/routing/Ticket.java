package es.madrid.linea.handoff.routing;

import java.time.Instant;

/**
 * A conversation's request for a person, as the desk routes it.
 *
 * @param requestedAt when the citizen first asked (kept across transfers, so they keep their turn)
 * @param channel where the citizen writes from ({@code web}, {@code whatsapp}...)
 */
public record Ticket(
        String conversationId, String queue, boolean priority, String reason, Instant requestedAt, String channel) {

    /** The same request in another queue (a transfer), keeping its place in time. */
    public Ticket to(String newQueue, String newReason) {
        return new Ticket(conversationId, newQueue, priority, newReason, requestedAt, channel);
    }
}
