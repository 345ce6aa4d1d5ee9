package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import java.util.List;

/** Port: decides what the bot records and says. Called one turn at a time per conversation. */
public interface Dialogue {

    /** The events that open a new conversation (usually a greeting). */
    List<ConversationEvent> start(Conversation conversation);

    /**
     * The events that answer the citizen's message.
     *
     * @param conversation the state including {@code message}, already stored
     */
    List<ConversationEvent> respond(Conversation conversation, UserUttered message);
}
