package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import java.util.List;

/**
 * One turn as the handoff triggers judge it: the conversation (including the citizen's message), the message, the
 * events the bot's dialogue answered with, and the dialogue's own verdict on whether it understood the message
 * (null when the dialogue does not judge: the triggers then judge by the intent's confidence).
 */
public record HandoffTurn(
        Conversation conversation, UserUttered message, List<ConversationEvent> answer, Boolean understood) {

    public HandoffTurn {
        answer = List.copyOf(answer);
    }

    public HandoffTurn(Conversation conversation, UserUttered message, List<ConversationEvent> answer) {
        this(conversation, message, answer, null);
    }
}
