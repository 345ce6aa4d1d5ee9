package es.madrid.linea.bot.conversation;

/** The message id was already recorded in this conversation: the message must not be processed twice. */
public class DuplicateMessageException extends RuntimeException {

    public DuplicateMessageException(String conversationId) {
        super("message already recorded in conversation " + conversationId);
    }
}
