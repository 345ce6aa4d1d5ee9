package es.madrid.linea.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the append-only log of every conversation. Implementations must keep each conversation's events in the order
 * appended, with sequence numbers 1, 2, 3... without gaps, and must refuse (rather than interleave) an append made
 * against a stale view of the log. {@code ConversationStoreContract} in the tests is the definition.
 */
public interface ConversationStore {

    /** Registers a new conversation with no events. */
    void create(ConversationHeader header);

    Optional<ConversationHeader> header(String conversationId);

    /** Every event of the conversation, in order; empty when the conversation does not exist. */
    List<RecordedEvent> events(String conversationId);

    /** The events after the given sequence number, in order (for clients catching up after a reconnection). */
    List<RecordedEvent> eventsAfter(String conversationId, long afterSeq);

    /**
     * Appends events after {@code expectedLastSeq}, all or none.
     *
     * @return the events as recorded, with their sequence numbers
     * @throws UnknownConversationException when the conversation does not exist
     * @throws ConcurrentAppendException when another append got there first (the caller reloads and retries)
     * @throws DuplicateMessageException when a {@code user} event repeats a message id already in the conversation
     */
    List<RecordedEvent> append(String conversationId, long expectedLastSeq, List<ConversationEvent> events, Instant at);

    /** The sequence number of the {@code user} event that carried this client message id, if any. */
    Optional<Long> seqOfMessage(String conversationId, String messageId);

    /** The most recent conversation of a citizen on a channel, by their pseudonymous key. */
    Optional<ConversationHeader> latestOfCitizen(String citizenKey);
}
