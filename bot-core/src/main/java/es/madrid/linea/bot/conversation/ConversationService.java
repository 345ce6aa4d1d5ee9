package es.madrid.linea.bot.conversation;

import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SessionStarted;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.dialogue.Dialogue;
import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.reply.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs conversations: opens them, takes each citizen message through understanding and dialogue, and records
 * everything in the log. The citizen's message is stored before the bot thinks about it, so a failure later in the
 * turn never loses it; messages of one conversation are handled one at a time, in arrival order; a repeated message
 * id returns the original replies without answering it again.
 */
public final class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    static final String SORRY = "Lo siento, he tenido un problema al procesar tu mensaje. "
            + "Inténtalo de nuevo en un momento o llama al 010.";

    private static final int APPEND_ATTEMPTS = 3;

    private final ConversationStore store;
    private final LanguageUnderstanding understanding;
    private final Dialogue dialogue;
    private final ConversationListener listener;
    private final Clock clock;
    private final IdSource ids;
    private final ZoneId zone;
    private final KeyedLocks locks = new KeyedLocks();
    private final LiveConversations live;

    public ConversationService(
            ConversationStore store,
            LanguageUnderstanding understanding,
            Dialogue dialogue,
            ConversationListener listener,
            Clock clock,
            IdSource ids,
            ZoneId zone,
            int liveConversations) {
        this.store = store;
        this.understanding = understanding;
        this.dialogue = dialogue;
        this.listener = listener;
        this.clock = clock;
        this.ids = ids;
        this.zone = zone;
        this.live = new LiveConversations(liveConversations);
    }

    /** Opens a conversation and records the bot's greeting. */
    public TurnResult start(Channel channel, CitizenProfile citizen, String citizenKey) {
        String id = ids.newId();
        store.create(new ConversationHeader(id, channel, citizenKey, now()));
        return locks.withLock(id, () -> {
            Conversation state = Conversation.empty(id);
            state = append(state, List.of(new SessionStarted(channel, citizen)));
            List<ConversationEvent> greeting = dialogue.start(state);
            state = append(state, greeting);
            return new TurnResult(id, repliesIn(greeting), state.status(), false);
        });
    }

    /**
     * Handles one message of the citizen.
     *
     * @throws UnknownConversationException when there is no such conversation
     * @throws ConversationClosedException when the conversation has ended
     */
    public TurnResult handle(String conversationId, InboundMessage message) {
        return locks.withLock(conversationId, () -> {
            Conversation state = current(conversationId);
            if (state.status() == ConversationStatus.CLOSED) {
                return repeatedOrClosed(state, message);
            }
            UserUttered utterance = new UserUttered(
                    message.text(), message.payload(), message.location(), message.messageId(), understand(message));
            try {
                state = append(state, List.of(utterance));
            } catch (DuplicateMessageException e) {
                // Repeats are rare (a client's retry): the log's unique message id finds them, with no lookup first.
                return repeated(state, seqOf(state, message).orElseThrow(() -> e));
            }
            if (state.status() != ConversationStatus.BOT) {
                // A person is (or will be) answering: the message reaches them through the listeners.
                return new TurnResult(conversationId, List.of(), state.status(), false);
            }
            List<ConversationEvent> answer = answer(state, utterance);
            state = append(state, answer);
            return new TurnResult(conversationId, repliesIn(answer), state.status(), false);
        });
    }

    /**
     * Records events that did not come from the citizen (an agent's reply, a handoff, a back-office result), under
     * the same per-conversation ordering as citizen messages.
     */
    public List<RecordedEvent> record(String conversationId, List<ConversationEvent> events) {
        return locks.withLock(
                conversationId,
                () -> appendRecorded(current(conversationId), events).events());
    }

    /** The current state of a conversation. */
    public Conversation conversation(String conversationId) {
        return locks.withLock(conversationId, () -> current(conversationId));
    }

    /** The whole log of a conversation, in order. */
    public List<RecordedEvent> events(String conversationId) {
        requireExists(conversationId);
        return store.events(conversationId);
    }

    /** The events after {@code afterSeq}: what a reconnecting client missed. */
    public List<RecordedEvent> eventsAfter(String conversationId, long afterSeq) {
        requireExists(conversationId);
        return store.eventsAfter(conversationId, afterSeq);
    }

    private void requireExists(String conversationId) {
        if (live.get(conversationId) == null && store.header(conversationId).isEmpty()) {
            throw new UnknownConversationException(conversationId);
        }
    }

    private Understanding understand(InboundMessage message) {
        if (message.text() == null) {
            return Understanding.none();
        }
        return understanding.parse(message.text(), now().atZone(zone));
    }

    private List<ConversationEvent> answer(Conversation state, UserUttered utterance) {
        try {
            return dialogue.respond(state, utterance);
        } catch (RuntimeException e) {
            // The message is already stored; the citizen still gets an answer and the failure is visible in the log.
            log.error("dialogue failed in conversation {}", state.id(), e);
            return List.of(new BotUttered(Reply.text(SORRY)));
        }
    }

    /** The live state, replayed from the store when it is not in memory. Caller holds the conversation's lock. */
    private Conversation current(String conversationId) {
        Conversation cached = live.get(conversationId);
        if (cached != null) {
            return cached;
        }
        if (store.header(conversationId).isEmpty()) {
            throw new UnknownConversationException(conversationId);
        }
        Conversation replayed = Conversation.replay(conversationId, store.events(conversationId));
        live.put(replayed);
        return replayed;
    }

    /**
     * Appends and applies events, then tells the listeners. When another instance appended first, the state is
     * reloaded and the append tried again on top of it.
     */
    private Conversation append(Conversation state, List<ConversationEvent> events) {
        return appendRecorded(state, events).state();
    }

    private Appended appendRecorded(Conversation state, List<ConversationEvent> events) {
        if (events.isEmpty()) {
            return new Appended(state, List.of());
        }
        Conversation base = state;
        for (int attempt = 1; ; attempt++) {
            try {
                List<RecordedEvent> recorded = store.append(base.id(), base.lastSeq(), events, now());
                Conversation next = base;
                for (RecordedEvent event : recorded) {
                    next = next.apply(event);
                }
                live.put(next);
                notifyListeners(next, recorded);
                return new Appended(next, recorded);
            } catch (ConcurrentAppendException e) {
                live.remove(base.id());
                if (attempt == APPEND_ATTEMPTS) {
                    throw e;
                }
                base = Conversation.replay(base.id(), store.events(base.id()));
            }
        }
    }

    private record Appended(Conversation state, List<RecordedEvent> events) {}

    private void notifyListeners(Conversation state, List<RecordedEvent> recorded) {
        try {
            listener.onEvents(state, recorded);
        } catch (RuntimeException e) {
            // The events are stored: a client that missed them catches up from the log.
            log.warn("a listener failed on conversation {}", state.id(), e);
        }
    }

    /** A closed conversation answers only a client's retry of a message it already has. */
    private TurnResult repeatedOrClosed(Conversation state, InboundMessage message) {
        return seqOf(state, message)
                .map(seq -> repeated(state, seq))
                .orElseThrow(() -> new ConversationClosedException(state.id()));
    }

    private Optional<Long> seqOf(Conversation state, InboundMessage message) {
        return message.messageId() == null ? Optional.empty() : store.seqOfMessage(state.id(), message.messageId());
    }

    /**
     * A message already stored. Normally its turn is complete and the original replies return; but when the service
     * stopped between storing the message and answering it, the message is the last thing in the log and the client's
     * retry is the moment to finish that turn, exactly once.
     */
    private TurnResult repeated(Conversation state, long userSeq) {
        if (userSeq == state.lastSeq() && state.status() == ConversationStatus.BOT) {
            RecordedEvent unanswered =
                    store.eventsAfter(state.id(), userSeq - 1).get(0);
            List<ConversationEvent> answer = answer(state, (UserUttered) unanswered.event());
            Conversation after = append(state, answer);
            return new TurnResult(state.id(), repliesIn(answer), after.status(), true);
        }
        return new TurnResult(state.id(), repliesOfTurn(state.id(), userSeq), state.status(), true);
    }

    private List<Reply> repliesOfTurn(String conversationId, long userSeq) {
        List<Reply> replies = new ArrayList<>();
        for (RecordedEvent event : store.eventsAfter(conversationId, userSeq)) {
            if (event.event() instanceof UserUttered) {
                break;
            }
            if (event.event() instanceof BotUttered bot) {
                replies.add(bot.reply());
            }
        }
        return replies;
    }

    private static List<Reply> repliesIn(List<ConversationEvent> events) {
        return events.stream()
                .filter(BotUttered.class::isInstance)
                .map(e -> ((BotUttered) e).reply())
                .toList();
    }

    private Instant now() {
        // Databases keep microseconds: truncating here keeps the live state equal to its replay.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
