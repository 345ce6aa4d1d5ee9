package es.madrid.linea.bot.conversation;

import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationClosed;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationResumed;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.SessionStarted;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of one conversation, derived only from its events: {@link #replay} of the stored log and the live state
 * kept while the conversation runs are always equal. Immutable: {@link #apply} returns the next state.
 *
 * @param offeredOptions the options of the bot's latest options reply, so a payload can be matched to what was offered
 * @param lastSeq the sequence number of the last event applied (0 for none)
 */
public record Conversation(
        String id,
        Channel channel,
        CitizenProfile citizen,
        ConversationStatus status,
        Map<String, String> slots,
        List<String> alerts,
        List<String> appointments,
        List<Option> offeredOptions,
        HandoffState handoff,
        Instant startedAt,
        Instant lastActivityAt,
        long lastSeq) {

    /** Action names whose successful reference is an alert code or an appointment id. */
    public static final String FILE_ALERT = "file_alert";

    public static final String BOOK_APPOINTMENT = "book_appointment";

    /**
     * A moved appointment: its reference is the appointment's id from then on (some systems give a new one), and the
     * detail ends with {@code was <previous id>}, which it replaces in {@link #appointments}.
     */
    public static final String MOVE_APPOINTMENT = "move_appointment";

    private static final Pattern WAS = Pattern.compile("(?:^|, )was (\\S+)$");

    public Conversation {
        slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
        alerts = List.copyOf(alerts);
        appointments = List.copyOf(appointments);
        offeredOptions = List.copyOf(offeredOptions);
    }

    /** The state before any event. */
    public static Conversation empty(String id) {
        return new Conversation(
                id,
                null,
                CitizenProfile.anonymous(),
                ConversationStatus.BOT,
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                0);
    }

    /** Rebuilds the state by applying every event in order. */
    public static Conversation replay(String id, List<RecordedEvent> events) {
        Conversation state = empty(id);
        for (RecordedEvent event : events) {
            state = state.apply(event);
        }
        return state;
    }

    public Optional<String> slot(String name) {
        return Optional.ofNullable(slots.get(name));
    }

    public Optional<HandoffState> handoffState() {
        return Optional.ofNullable(handoff);
    }

    public boolean isWithPeople() {
        return status == ConversationStatus.WAITING_AGENT || status == ConversationStatus.WITH_AGENT;
    }

    /** The state after one more event. */
    public Conversation apply(RecordedEvent recorded) {
        Builder next = new Builder(this);
        next.lastSeq = recorded.seq();
        next.lastActivityAt = recorded.at();
        ConversationEvent event = recorded.event();
        // Java 17 has no pattern matching for switch: an if-chain over the sealed vocabulary.
        if (event instanceof SessionStarted started) {
            next.channel = started.channel();
            next.citizen = started.citizen() == null ? CitizenProfile.anonymous() : started.citizen();
            next.startedAt = recorded.at();
            next.status = ConversationStatus.BOT;
        } else if (event instanceof SlotSet slot) {
            if (slot.value() == null) {
                next.slots.remove(slot.name());
            } else {
                next.slots.put(slot.name(), slot.value());
            }
        } else if (event instanceof BotUttered bot) {
            if (bot.reply() instanceof Reply.Options options) {
                next.offeredOptions = options.options();
            }
        } else if (event instanceof ActionExecuted action) {
            recordActionReference(next, action);
        } else if (event instanceof HandoffRequested requested) {
            next.status = ConversationStatus.WAITING_AGENT;
            next.handoff =
                    new HandoffState(requested.reason(), requested.queue(), requested.priority(), recorded.at(), null);
        } else if (event instanceof AgentJoined joined) {
            next.status = ConversationStatus.WITH_AGENT;
            next.handoff = handoff == null
                    ? new HandoffState("agent_pickup", null, false, recorded.at(), joined.agent())
                    : handoff.withAgent(joined.agent());
        } else if (event instanceof ConversationResumed) {
            next.status = ConversationStatus.BOT;
            next.handoff = null;
        } else if (event instanceof ConversationClosed) {
            next.status = ConversationStatus.CLOSED;
        }
        // UserUttered, KnowledgeConsulted and AgentUttered change nothing but the last activity.
        return next.build();
    }

    private static void recordActionReference(Builder next, ActionExecuted action) {
        if (!action.succeeded() || action.reference() == null) {
            return;
        }
        if (FILE_ALERT.equals(action.action())) {
            next.alerts.add(action.reference());
        } else if (BOOK_APPOINTMENT.equals(action.action()) && !next.appointments.contains(action.reference())) {
            next.appointments.add(action.reference());
        } else if (MOVE_APPOINTMENT.equals(action.action()) && !next.appointments.contains(action.reference())) {
            Matcher was = WAS.matcher(action.detail() == null ? "" : action.detail());
            int previous = was.find() ? next.appointments.indexOf(was.group(1)) : -1;
            if (previous >= 0) {
                next.appointments.set(previous, action.reference());
            } else {
                next.appointments.add(action.reference());
            }
        }
    }

    /** Mutable scratch copy used only inside {@link #apply}. */
    private static final class Builder {
        private final String id;
        private Channel channel;
        private CitizenProfile citizen;
        private ConversationStatus status;
        private final Map<String, String> slots;
        private final List<String> alerts;
        private final List<String> appointments;
        private List<Option> offeredOptions;
        private HandoffState handoff;
        private Instant startedAt;
        private Instant lastActivityAt;
        private long lastSeq;

        Builder(Conversation from) {
            id = from.id;
            channel = from.channel;
            citizen = from.citizen;
            status = from.status;
            slots = new LinkedHashMap<>(from.slots);
            alerts = new ArrayList<>(from.alerts);
            appointments = new ArrayList<>(from.appointments);
            offeredOptions = from.offeredOptions;
            handoff = from.handoff;
            startedAt = from.startedAt;
            lastActivityAt = from.lastActivityAt;
            lastSeq = from.lastSeq;
        }

        Conversation build() {
            return new Conversation(
                    id,
                    channel,
                    citizen,
                    status,
                    slots,
                    alerts,
                    appointments,
                    offeredOptions,
                    handoff,
                    startedAt,
                    lastActivityAt,
                    lastSeq);
        }
    }
}
