package es.madrid.linea.handoff.routing;

import java.time.Instant;

/**
 * A conversation an agent holds.
 *
 * @param since when the agent took it
 */
public record Assignment(Ticket ticket, String agent, Instant since) {

    public String conversationId() {
        return ticket.conversationId();
    }

    public String queue() {
        return ticket.queue();
    }
}
