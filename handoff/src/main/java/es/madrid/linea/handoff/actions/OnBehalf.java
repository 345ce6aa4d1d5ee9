package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationService;
import java.util.List;

/**
 * Records in the conversation what an agent did for the citizen, and tells the citizen as that agent, so the message
 * reaches them on their channel and the log says who acted ({@code agent:<name>} in the action's detail).
 */
final class OnBehalf {

    static final String AGENT_PREFIX = "agent:";

    private final ConversationService conversations;

    OnBehalf(ConversationService conversations) {
        this.conversations = conversations;
    }

    /**
     * The action done, and the message. A repeated request answers the same alert or appointment: it is recorded and
     * told once.
     */
    void done(String conversationId, String agent, String action, String reference, String text) {
        if (alreadyRecorded(conversations.conversation(conversationId), action, reference)) {
            return;
        }
        conversations.record(
                conversationId,
                List.of(
                        new ActionExecuted(action, ActionExecuted.OK, reference, AGENT_PREFIX + agent),
                        new AgentUttered(agent, text)));
    }

    /** A message only: a pending request is not an outcome yet (the back office records it when it is done). */
    void tell(String conversationId, String agent, String text) {
        conversations.record(conversationId, List.of(new AgentUttered(agent, text)));
    }

    private static boolean alreadyRecorded(Conversation conversation, String action, String reference) {
        if (Conversation.FILE_ALERT.equals(action)) {
            return conversation.alerts().contains(reference);
        }
        return Conversation.BOOK_APPOINTMENT.equals(action)
                && conversation.appointments().contains(reference);
    }
}
