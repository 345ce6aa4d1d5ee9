package es.madrid.linea.handoff.routing;

import es.madrid.linea.handoff.routing.RoutingEvent.Assigned;
import es.madrid.linea.handoff.routing.RoutingEvent.OfferWithdrawn;
import es.madrid.linea.handoff.routing.RoutingEvent.Offered;
import es.madrid.linea.handoff.routing.RoutingEvent.SetAway;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routing rules, in one place. Conversations wait in their group's queue, priority citizens first and then by
 * how long they have waited. Each waiting conversation is offered to one agent at a time: the one who may take it
 * (signed in, available, in the group, under capacity) with the least load and, among equals, idle the longest. An
 * offer not accepted within the timeout goes to the next agent, and the agent who let it expire is set away. An
 * agent may also take any conversation waiting in their groups.
 *
 * <p>Not thread-safe: the desk calls it from one thread. Time always comes in as an argument.
 */
public final class Router {

    private static final Comparator<Waiting> QUEUE_ORDER = Comparator.comparing((Waiting w) -> !w.ticket.priority())
            .thenComparing(w -> w.ticket.requestedAt())
            .thenComparingLong(w -> w.arrival);

    /** The least loaded first (an agent with no conversation is idle; one with some is not), then idle longest. */
    private static final Comparator<Agent> LONGEST_IDLE_FIRST = Comparator.comparingInt(Agent::load)
            .thenComparing(a -> a.idleSince == null ? Instant.MIN : a.idleSince)
            .thenComparing(Agent::name);

    private final Duration offerTimeout;
    private final Map<String, Agent> agents = new LinkedHashMap<>();
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private final Map<String, Assignment> assigned = new LinkedHashMap<>();
    private long arrivals;

    public Router(Duration offerTimeout) {
        this.offerTimeout = offerTimeout;
    }

    // ------------------------------------------------------------------ agents

    /** Registers an agent (or updates their groups and capacity), initially signed out. */
    public void know(AgentProfile profile, Presence presence) {
        Agent agent = agents.get(profile.name());
        if (agent == null) {
            agents.put(profile.name(), new Agent(profile, presence));
        } else {
            agent.profile = profile;
        }
    }

    public boolean knows(String agent) {
        return agents.containsKey(agent);
    }

    /** One more console of the agent is connected. */
    public List<RoutingEvent> connect(String agent, Instant now) {
        Agent a = agent(agent);
        if (a.connections++ == 0 && a.load() == 0) {
            a.idleSince = now;
        }
        a.disconnectedAt = null;
        return dispatch(now);
    }

    /** One console of the agent closed; with the last one, their offers go to others. */
    public List<RoutingEvent> disconnect(String agent, Instant now) {
        Agent a = agent(agent);
        a.connections = Math.max(0, a.connections - 1);
        List<RoutingEvent> events = new ArrayList<>();
        if (a.connections == 0) {
            a.disconnectedAt = now;
            events.addAll(withdrawOffersOf(a));
        }
        events.addAll(dispatch(now));
        return events;
    }

    public List<RoutingEvent> presence(String agent, Presence presence, Instant now) {
        Agent a = agent(agent);
        List<RoutingEvent> events = new ArrayList<>();
        if (presence != Presence.AVAILABLE) {
            events.addAll(withdrawOffersOf(a));
        } else if (a.presence != Presence.AVAILABLE && a.load() == 0) {
            a.idleSince = now;
        }
        a.presence = presence;
        events.addAll(dispatch(now));
        return events;
    }

    // ------------------------------------------------------------------ conversations

    /**
     * A conversation waits for a person in its ticket's queue. If it already waits, it moves to the new queue; if an
     * agent holds it (a transfer), it leaves them first.
     *
     * @param reservedFor an agent who gets the first offer (a transfer to a colleague), or null
     */
    public List<RoutingEvent> enqueue(Ticket ticket, String reservedFor, Instant now) {
        List<RoutingEvent> events = new ArrayList<>(leave(ticket.conversationId(), now));
        Waiting entry = new Waiting(ticket, ++arrivals);
        if (reservedFor != null && agents.containsKey(reservedFor)) {
            entry.reservedFor = reservedFor;
            entry.reservedUntil = now.plus(offerTimeout);
        }
        waiting.put(ticket.conversationId(), entry);
        events.addAll(dispatch(now));
        return events;
    }

    /**
     * The agent takes a waiting conversation: the one offered to them, or any waiting in their groups (or reserved
     * for them).
     *
     * @throws RoutingRefusal when it no longer waits, is not for them, or they are at capacity
     */
    public List<RoutingEvent> accept(String agent, String conversationId, Instant now) {
        Agent a = agent(agent);
        Waiting entry = waiting.get(conversationId);
        if (entry == null) {
            throw new RoutingRefusal(
                    "not_waiting",
                    "Esa conversación ya no está en espera: la ha atendido otra persona o ha terminado.");
        }
        boolean offeredToThem = agent.equals(entry.offeredTo);
        if (!a.profile.groups().contains(entry.ticket.queue()) && !agent.equals(entry.reservedFor)) {
            throw new RoutingRefusal("not_your_queue", "Esa conversación es de una cola que no atiendes.");
        }
        if (!offeredToThem && a.load() >= a.profile.capacity()) {
            throw new RoutingRefusal(
                    "at_capacity",
                    "Ya atiendes tu máximo de conversaciones a la vez. Termina o transfiere una antes de aceptar otra.");
        }
        List<RoutingEvent> events = new ArrayList<>();
        if (entry.offeredTo != null && !offeredToThem) {
            Agent other = agents.get(entry.offeredTo);
            other.offers.remove(conversationId);
            events.add(new OfferWithdrawn(other.name(), conversationId));
        }
        a.offers.remove(conversationId);
        waiting.remove(conversationId);
        a.conversations.add(conversationId);
        assigned.put(conversationId, new Assignment(entry.ticket, agent, now));
        events.add(new Assigned(agent, conversationId));
        events.addAll(dispatch(now));
        return events;
    }

    /**
     * Restores an agent's conversation after a restart. The agent is known but not connected yet: they count as
     * disconnected from {@code now}, so their conversations go to colleagues if they do not come back.
     */
    public void restore(Assignment assignment, Instant now) {
        Agent holder = agent(assignment.agent());
        holder.conversations.add(assignment.conversationId());
        if (holder.connections == 0 && holder.disconnectedAt == null) {
            holder.disconnectedAt = now;
        }
        assigned.put(assignment.conversationId(), assignment);
    }

    /** The conversation no longer needs a person from the desk (back to the bot, closed, the citizen left). */
    public List<RoutingEvent> release(String conversationId, Instant now) {
        List<RoutingEvent> events = new ArrayList<>(leave(conversationId, now));
        events.addAll(dispatch(now));
        return events;
    }

    /** Offers not accepted in time go to the next agent; expired reservations open to the whole group. */
    public List<RoutingEvent> tick(Instant now) {
        List<RoutingEvent> events = new ArrayList<>();
        for (Waiting entry : waiting.values()) {
            if (entry.offeredTo != null && !now.isBefore(entry.offeredAt.plus(offerTimeout))) {
                Agent late = agents.get(entry.offeredTo);
                late.offers.remove(entry.ticket.conversationId());
                entry.missedBy.add(late.name());
                entry.offeredTo = null;
                entry.offeredAt = null;
                events.add(new OfferWithdrawn(late.name(), entry.ticket.conversationId()));
                if (late.presence == Presence.AVAILABLE) {
                    late.presence = Presence.AWAY;
                    events.addAll(withdrawOffersOf(late));
                    events.add(new SetAway(late.name()));
                }
            }
            if (entry.reservedFor != null && !now.isBefore(entry.reservedUntil) && entry.offeredTo == null) {
                entry.reservedFor = null;
                entry.reservedUntil = null;
            }
        }
        events.addAll(dispatch(now));
        return events;
    }

    // ------------------------------------------------------------------ queries

    public Optional<Assignment> assignment(String conversationId) {
        return Optional.ofNullable(assigned.get(conversationId));
    }

    public Optional<QueueEntry> waiting(String conversationId) {
        return Optional.ofNullable(waiting.get(conversationId)).map(Waiting::view);
    }

    /** The conversations waiting in a queue, next first. */
    public List<QueueEntry> queue(String queue) {
        return waiting.values().stream()
                .filter(w -> w.ticket.queue().equals(queue))
                .sorted(QUEUE_ORDER)
                .map(Waiting::view)
                .toList();
    }

    /** Position in its queue, 1 for the next. */
    public Optional<Integer> position(String conversationId) {
        Waiting entry = waiting.get(conversationId);
        if (entry == null) {
            return Optional.empty();
        }
        List<QueueEntry> line = queue(entry.ticket.queue());
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).conversationId().equals(conversationId)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    public List<String> waitingConversations() {
        return List.copyOf(waiting.keySet());
    }

    public List<AgentStatus> agents() {
        return agents.values().stream().map(Agent::status).toList();
    }

    public Optional<AgentStatus> agentStatus(String agent) {
        return Optional.ofNullable(agents.get(agent)).map(Agent::status);
    }

    /** True when someone of the group is signed in and at work (available or busy): a conversation will be taken. */
    public boolean attended(String queue) {
        return agents.values().stream()
                .anyMatch(a -> a.connections > 0
                        && a.presence != Presence.AWAY
                        && a.profile.groups().contains(queue));
    }

    /** How many conversations the group's agents at work can hold at once, and how many of those are free now. */
    public Slots slots(String queue) {
        int total = 0;
        int free = 0;
        for (Agent a : agents.values()) {
            if (a.connections > 0
                    && a.presence != Presence.AWAY
                    && a.profile.groups().contains(queue)) {
                total += a.profile.capacity();
                if (a.presence == Presence.AVAILABLE) {
                    free += Math.max(0, a.profile.capacity() - a.load());
                }
            }
        }
        return new Slots(total, free);
    }

    /** Capacity of a group's agents at work: {@code total} conversations at once, {@code free} of them now. */
    public record Slots(int total, int free) {}

    // ------------------------------------------------------------------ rules

    private List<RoutingEvent> leave(String conversationId, Instant now) {
        List<RoutingEvent> events = new ArrayList<>();
        Waiting entry = waiting.remove(conversationId);
        if (entry != null && entry.offeredTo != null) {
            agents.get(entry.offeredTo).offers.remove(conversationId);
            events.add(new OfferWithdrawn(entry.offeredTo, conversationId));
        }
        Assignment assignment = assigned.remove(conversationId);
        if (assignment != null) {
            Agent holder = agents.get(assignment.agent());
            holder.conversations.remove(conversationId);
            if (holder.load() == 0) {
                holder.idleSince = now;
            }
        }
        return events;
    }

    /** Offers every waiting conversation that has no offer out, in queue order, to the agent the rules choose. */
    private List<RoutingEvent> dispatch(Instant now) {
        List<RoutingEvent> events = new ArrayList<>();
        List<Waiting> line = waiting.values().stream()
                .filter(w -> w.offeredTo == null)
                .sorted(QUEUE_ORDER)
                .toList();
        for (Waiting entry : line) {
            chooseAgentFor(entry).ifPresent(agent -> {
                entry.offeredTo = agent.name();
                entry.offeredAt = now;
                agent.offers.add(entry.ticket.conversationId());
                events.add(new Offered(agent.name(), entry.ticket.conversationId(), now.plus(offerTimeout)));
            });
        }
        return events;
    }

    private Optional<Agent> chooseAgentFor(Waiting entry) {
        if (entry.reservedFor != null) {
            Agent reserved = agents.get(entry.reservedFor);
            // Held for the colleague it was transferred to until the reservation ends.
            return canTakeMore(reserved) ? Optional.of(reserved) : Optional.empty();
        }
        List<Agent> able = agents.values().stream()
                .filter(a -> a.profile.groups().contains(entry.ticket.queue()))
                .filter(Router::canTakeMore)
                .toList();
        // Someone who let this offer expire gets it again only when nobody else can take it.
        List<Agent> fresh =
                able.stream().filter(a -> !entry.missedBy.contains(a.name())).toList();
        return (fresh.isEmpty() ? able : fresh).stream().min(LONGEST_IDLE_FIRST);
    }

    private static boolean canTakeMore(Agent agent) {
        return agent.connections > 0 && agent.presence == Presence.AVAILABLE && agent.load() < agent.profile.capacity();
    }

    private List<RoutingEvent> withdrawOffersOf(Agent agent) {
        List<RoutingEvent> events = new ArrayList<>();
        for (String conversationId : List.copyOf(agent.offers)) {
            Waiting entry = waiting.get(conversationId);
            if (entry != null) {
                entry.offeredTo = null;
                entry.offeredAt = null;
            }
            events.add(new OfferWithdrawn(agent.name(), conversationId));
        }
        agent.offers.clear();
        return events;
    }

    private Agent agent(String name) {
        Agent agent = agents.get(name);
        if (agent == null) {
            throw new RoutingRefusal("unknown_agent", "No conocemos a ese agente: " + name);
        }
        return agent;
    }

    // ------------------------------------------------------------------ state

    private static final class Agent {
        private AgentProfile profile;
        private Presence presence;
        private int connections;
        private final Set<String> conversations = new LinkedHashSet<>();
        private final Set<String> offers = new LinkedHashSet<>();
        private Instant idleSince;
        private Instant disconnectedAt;

        Agent(AgentProfile profile, Presence presence) {
            this.profile = profile;
            this.presence = presence;
        }

        String name() {
            return profile.name();
        }

        int load() {
            return conversations.size() + offers.size();
        }

        AgentStatus status() {
            return new AgentStatus(
                    profile,
                    presence,
                    connections > 0,
                    List.copyOf(conversations),
                    List.copyOf(offers),
                    idleSince,
                    disconnectedAt);
        }
    }

    private final class Waiting {
        private final Ticket ticket;
        private final long arrival;
        private final Set<String> missedBy = new HashSet<>();
        private String offeredTo;
        private Instant offeredAt;
        private String reservedFor;
        private Instant reservedUntil;

        Waiting(Ticket ticket, long arrival) {
            this.ticket = ticket;
            this.arrival = arrival;
        }

        QueueEntry view() {
            return new QueueEntry(
                    ticket, offeredTo, offeredAt == null ? null : offeredAt.plus(offerTimeout), reservedFor);
        }
    }
}
