package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import java.util.List;

/**
 * A dialogue that says, with its answer, whether it understood the message. The handoff policy counts
 * misunderstandings from this verdict rather than from the intent's confidence alone: an address typed in the middle
 * of a form has no clear intent, yet the form understood it perfectly.
 */
public interface JudgingDialogue extends Dialogue {

    /** The answer to the citizen's message, with the verdict. */
    Answer answer(Conversation conversation, UserUttered message);

    @Override
    default List<ConversationEvent> respond(Conversation conversation, UserUttered message) {
        return answer(conversation, message).events();
    }
}
