package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.Conversation;
import java.util.Optional;

/**
 * Port: the people of Línea Madrid as the conversation sees them. The dialogue asks where a handoff would go and
 * whether anyone can take it now, then records {@code HandoffRequested} in the log; the desk (the handoff module)
 * hears that event and routes the conversation to an agent. Every method answers at once, from what the desk
 * already knows: it is called while the conversation's turn is running.
 */
public interface HandoffDesk {

    /**
     * Where a handoff of this conversation, with this priority, goes now: the queue (by topic and priority) and
     * whether anyone can take it (opening hours, agents signed in).
     */
    HandoffRoute route(Conversation conversation, boolean priority);

    /** The place in the queue and the expected wait of a conversation that waits for a person; empty otherwise. */
    Optional<QueueStanding> standing(String conversationId);

    /**
     * Stores a request to phone the citizen as a task for agents.
     *
     * @return the task's reference
     */
    String requestCallback(CallbackRequest request);
}
