package es.madrid.linea.handoff.routing;

import java.time.Instant;

/**
 * A conversation waiting for a person, as the queues show it.
 *
 * @param offeredTo the agent it is offered to right now, or null
 * @param offerExpiresAt when that offer goes to someone else, or null
 * @param reservedFor the agent it was transferred to, who gets it first, or null
 */
public record QueueEntry(Ticket ticket, String offeredTo, Instant offerExpiresAt, String reservedFor) {

    public String conversationId() {
        return ticket.conversationId();
    }

    public String queue() {
        return ticket.queue();
    }

    public boolean priority() {
        return ticket.priority();
    }
}
