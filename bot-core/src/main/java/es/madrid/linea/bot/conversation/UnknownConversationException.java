package es.madrid.linea.bot.conversation;

/** No conversation has this id. */
public class UnknownConversationException extends RuntimeException {

    public UnknownConversationException(String conversationId) {
        super("unknown conversation " + conversationId);
    }
}
