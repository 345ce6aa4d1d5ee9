package es.madrid.linea.bot.conversation;

import java.util.List;

/**
 * Port: told of every event once it is stored, in order per conversation, with the state it led to. Channels push
 * replies to the citizen this way; the handoff module routes conversations to agents.
 */
@FunctionalInterface
public interface ConversationListener {

    ConversationListener NONE = (conversation, events) -> {};

    void onEvents(Conversation conversation, List<RecordedEvent> events);

    /** Tells each listener in turn; one failing listener does not keep the event from the others. */
    static ConversationListener all(List<? extends ConversationListener> listeners) {
        return (conversation, events) -> {
            RuntimeException first = null;
            for (ConversationListener listener : listeners) {
                try {
                    listener.onEvents(conversation, events);
                } catch (RuntimeException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        };
    }
}
