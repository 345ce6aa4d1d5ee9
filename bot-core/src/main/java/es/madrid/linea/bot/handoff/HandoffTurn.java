package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import java.util.List;

/**
 * One turn as the handoff triggers judge it: the conversation (including the citizen's message), the message, and
 * the events the bot's dialogue answered with.
 */
public record HandoffTurn(Conversation conversation, UserUttered message, List<ConversationEvent> answer) {

    public HandoffTurn {
        answer = List.copyOf(answer);
    }
}
