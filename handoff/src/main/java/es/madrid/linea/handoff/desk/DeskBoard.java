package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.handoff.CallbackRequest;
import es.madrid.linea.bot.handoff.HandoffDesk;
import es.madrid.linea.bot.handoff.HandoffRoute;
import es.madrid.linea.bot.handoff.QueueStanding;
import es.madrid.linea.handoff.routing.Groups;
import es.madrid.linea.handoff.routing.OpeningHours;
import es.madrid.linea.handoff.routing.Topics;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * bot-core's {@link HandoffDesk}, answered at once from the latest {@link DeskSnapshot}: the dialogue asks it while
 * a conversation's turn runs, so it must never wait for the desk's thread. The queue is the first of the candidate
 * groups (priority, topic, general) that someone attends now; outside opening hours or with nobody to attend, the
 * route says so and the dialogue offers a callback instead.
 */
public final class DeskBoard implements HandoffDesk {

    /**
     * How far back the topic is looked for: the latest evidence decides it, and a turn of a long conversation must
     * not read the whole log (about fifteen turns' worth of events).
     */
    static final int TOPIC_EVIDENCE_EVENTS = 50;

    private final Groups groups;
    private final Topics topics;
    private final OpeningHours hours;
    private final ConversationStore store;
    private final CallbackTasks callbacks;
    private final Clock clock;
    private volatile DeskSnapshot snapshot = DeskSnapshot.EMPTY;

    public DeskBoard(
            Groups groups,
            Topics topics,
            OpeningHours hours,
            ConversationStore store,
            CallbackTasks callbacks,
            Clock clock) {
        this.groups = groups;
        this.topics = topics;
        this.hours = hours;
        this.store = store;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    @Override
    public HandoffRoute route(Conversation conversation, boolean priority) {
        long from = Math.max(0, conversation.lastSeq() - TOPIC_EVIDENCE_EVENTS);
        String topic = topics.of(store.eventsAfter(conversation.id(), from));
        List<String> candidates = groups.candidates(topic, priority);
        if (!hours.isOpen(clock.instant())) {
            return new HandoffRoute(candidates.get(0), HandoffRoute.Availability.CLOSED, hours.describe());
        }
        DeskSnapshot now = snapshot;
        return candidates.stream()
                .filter(now::attended)
                .findFirst()
                .map(queue -> new HandoffRoute(queue, HandoffRoute.Availability.OPEN, hours.describe()))
                .orElse(new HandoffRoute(candidates.get(0), HandoffRoute.Availability.NO_AGENTS, hours.describe()));
    }

    @Override
    public Optional<QueueStanding> standing(String conversationId) {
        return snapshot.standing(conversationId);
    }

    @Override
    public String requestCallback(CallbackRequest request) {
        return callbacks.create(request, clock.instant());
    }

    public DeskSnapshot snapshot() {
        return snapshot;
    }

    void publish(DeskSnapshot next) {
        snapshot = next;
    }
}
