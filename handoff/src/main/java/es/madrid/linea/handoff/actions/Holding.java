package es.madrid.linea.handoff.actions;

/**
 * Who may act on a conversation: only the agent who holds it now. The desk answers; a refusal is a {@code
 * RoutingRefusal} ({@code not_yours}) that the console shows as is.
 */
@FunctionalInterface
public interface Holding {

    void require(String agent, String conversationId);
}
