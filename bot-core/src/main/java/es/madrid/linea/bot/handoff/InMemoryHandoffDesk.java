package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.Conversation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The desk in memory, for tests and for running the core alone: every handoff goes to one queue with a fixed
 * availability; callbacks are kept in a list; standings are whatever the test sets.
 */
public final class InMemoryHandoffDesk implements HandoffDesk {

    private volatile HandoffRoute.Availability availability;
    private final String queue;
    private final String openingHours;
    private final List<CallbackRequest> callbacks = new ArrayList<>();
    private final Map<String, QueueStanding> standings = new ConcurrentHashMap<>();

    public InMemoryHandoffDesk(String queue, HandoffRoute.Availability availability, String openingHours) {
        this.queue = queue;
        this.availability = availability;
        this.openingHours = openingHours;
    }

    /** A desk that always has someone to take the conversation, in queue {@code general}. */
    public static InMemoryHandoffDesk open() {
        return new InMemoryHandoffDesk("general", HandoffRoute.Availability.OPEN, "todos los días, a cualquier hora");
    }

    public void availability(HandoffRoute.Availability newAvailability) {
        this.availability = newAvailability;
    }

    public void standing(String conversationId, QueueStanding standing) {
        standings.put(conversationId, standing);
    }

    public synchronized List<CallbackRequest> callbacks() {
        return List.copyOf(callbacks);
    }

    @Override
    public HandoffRoute route(Conversation conversation, boolean priority) {
        return new HandoffRoute(queue, availability, openingHours);
    }

    @Override
    public Optional<QueueStanding> standing(String conversationId) {
        return Optional.ofNullable(standings.get(conversationId));
    }

    @Override
    public synchronized String requestCallback(CallbackRequest request) {
        callbacks.add(request);
        return "callback-" + callbacks.size();
    }
}
