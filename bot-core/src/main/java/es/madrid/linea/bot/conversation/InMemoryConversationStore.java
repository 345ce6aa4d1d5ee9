package es.madrid.linea.bot.conversation;

import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The store in memory: for tests, and for a throwaway instance. Thread-safe. */
public final class InMemoryConversationStore implements ConversationStore {

    private final Map<String, Log> logs = new ConcurrentHashMap<>();

    @Override
    public void create(ConversationHeader header) {
        if (logs.putIfAbsent(header.id(), new Log(header)) != null) {
            throw new IllegalStateException("conversation exists: " + header.id());
        }
    }

    @Override
    public Optional<ConversationHeader> header(String conversationId) {
        return Optional.ofNullable(logs.get(conversationId)).map(log -> log.header);
    }

    @Override
    public List<RecordedEvent> events(String conversationId) {
        return eventsAfter(conversationId, 0);
    }

    @Override
    public List<RecordedEvent> eventsAfter(String conversationId, long afterSeq) {
        Log log = logs.get(conversationId);
        if (log == null) {
            return List.of();
        }
        synchronized (log) {
            int from = (int) Math.min(Math.max(afterSeq, 0), log.events.size());
            return List.copyOf(log.events.subList(from, log.events.size()));
        }
    }

    @Override
    public List<RecordedEvent> append(
            String conversationId, long expectedLastSeq, List<ConversationEvent> events, Instant at) {
        Log log = logs.get(conversationId);
        if (log == null) {
            throw new UnknownConversationException(conversationId);
        }
        synchronized (log) {
            if (log.events.size() != expectedLastSeq) {
                throw new ConcurrentAppendException(conversationId, expectedLastSeq);
            }
            for (ConversationEvent event : events) {
                String messageId = messageIdOf(event);
                if (messageId != null && findMessage(log, messageId).isPresent()) {
                    throw new DuplicateMessageException(conversationId);
                }
            }
            List<RecordedEvent> recorded = new ArrayList<>(events.size());
            long seq = expectedLastSeq;
            for (ConversationEvent event : events) {
                recorded.add(new RecordedEvent(++seq, at, event));
            }
            log.events.addAll(recorded);
            return List.copyOf(recorded);
        }
    }

    @Override
    public Optional<Long> seqOfMessage(String conversationId, String messageId) {
        Log log = logs.get(conversationId);
        if (log == null || messageId == null) {
            return Optional.empty();
        }
        synchronized (log) {
            return findMessage(log, messageId);
        }
    }

    @Override
    public Optional<ConversationHeader> latestOfCitizen(String citizenKey) {
        return logs.values().stream()
                .map(log -> log.header)
                .filter(header -> Objects.equals(header.citizenKey(), citizenKey))
                .max(Comparator.comparing(ConversationHeader::createdAt));
    }

    private static Optional<Long> findMessage(Log log, String messageId) {
        return log.events.stream()
                .filter(recorded -> messageId.equals(messageIdOf(recorded.event())))
                .map(RecordedEvent::seq)
                .findFirst();
    }

    static String messageIdOf(ConversationEvent event) {
        return event instanceof UserUttered user ? user.messageId() : null;
    }

    private static final class Log {
        private final ConversationHeader header;
        private final List<RecordedEvent> events = new ArrayList<>();

        Log(ConversationHeader header) {
            this.header = header;
        }
    }
}
