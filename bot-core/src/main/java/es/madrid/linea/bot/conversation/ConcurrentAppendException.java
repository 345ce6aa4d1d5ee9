package es.madrid.linea.bot.conversation;

/** Another writer appended to the conversation since the caller read it. */
public class ConcurrentAppendException extends RuntimeException {

    public ConcurrentAppendException(String conversationId, long expectedLastSeq) {
        super("conversation " + conversationId + " moved past seq " + expectedLastSeq);
    }
}
