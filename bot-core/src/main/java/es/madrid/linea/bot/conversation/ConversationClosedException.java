package es.madrid.linea.bot.conversation;

/** The conversation has ended; a new message must start a new conversation. */
public class ConversationClosedException extends RuntimeException {

    public ConversationClosedException(String conversationId) {
        super("conversation " + conversationId + " is closed");
    }
}
