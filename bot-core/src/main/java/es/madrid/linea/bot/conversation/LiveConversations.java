package es.madrid.linea.bot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The states of recently active conversations, so a turn does not replay the whole log. Bounded: the least recently
 * used states are dropped and replayed from the store when needed again.
 */
final class LiveConversations {

    private final Map<String, Conversation> states;

    LiveConversations(int capacity) {
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Conversation get(String id) {
        return states.get(id);
    }

    synchronized void put(Conversation conversation) {
        states.put(conversation.id(), conversation);
    }

    synchronized void remove(String id) {
        states.remove(id);
    }
}
