package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.handoff.PriorityCitizen;
import es.madrid.linea.handoff.desk.AgentConsoles.Notice;
import es.madrid.linea.handoff.routing.Assignment;
import es.madrid.linea.handoff.routing.Group;
import es.madrid.linea.handoff.routing.Groups;
import es.madrid.linea.handoff.routing.Presence;
import es.madrid.linea.handoff.routing.Router;
import es.madrid.linea.handoff.routing.RoutingEvent;
import es.madrid.linea.handoff.routing.RoutingEvent.Offered;
import es.madrid.linea.handoff.routing.RoutingEvent.SetAway;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import es.madrid.linea.handoff.routing.Ticket;
import es.madrid.linea.handoff.routing.WaitEstimate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The desk's state and the moves both the log's reactions and the agents' commands make: who holds what, telling
 * agents about routing decisions, releasing a conversation, the open callbacks. Used only on the desk's thread.
 */
final class Desk {

    final ConversationService conversations;
    final Router router;
    final Groups groups;
    final Roster roster;
    final WaitEstimate waits;
    final AgentConsoles consoles;
    final Clock clock;

    /** Conversations transferred to a colleague, until their {@code HandoffRequested} is applied. */
    final Map<String, String> reservations = new HashMap<>();

    private final EventCodec codec;
    private final CallbackTasks callbacks;
    private final Presence initialPresence;
    private List<CallbackTask> openCallbacks;

    Desk(
            ConversationService conversations,
            EventCodec codec,
            Router router,
            Groups groups,
            Roster roster,
            WaitEstimate waits,
            CallbackTasks callbacks,
            AgentConsoles consoles,
            Clock clock,
            Presence initialPresence) {
        this.conversations = conversations;
        this.codec = codec;
        this.router = router;
        this.groups = groups;
        this.roster = roster;
        this.waits = waits;
        this.callbacks = callbacks;
        this.consoles = consoles;
        this.clock = clock;
        this.initialPresence = initialPresence;
    }

    Instant now() {
        return clock.instant();
    }

    /** Makes sure the router knows the agent, with the roster's groups and capacity. */
    void know(String agent) {
        if (!router.knows(agent)) {
            router.know(roster.profileOf(agent), initialPresence);
        }
    }

    /** Tells agents what routing decided that they should notice: a new offer, being set away. */
    void handle(List<RoutingEvent> events) {
        for (RoutingEvent event : events) {
            if (event instanceof Offered offered && stillOffered(offered)) {
                consoles.notice(
                        offered.agent(),
                        new Notice(
                                "offered",
                                "Tienes una conversación nueva esperando. Acéptala antes de que pase a otra persona.",
                                offered.conversationId()));
            } else if (event instanceof SetAway away) {
                consoles.notice(
                        away.agent(),
                        new Notice(
                                "set_away",
                                "No has aceptado la conversación a tiempo y ha pasado a otra persona. Tu estado es "
                                        + "«Ausente»: cámbialo a «Disponible» cuando vuelvas.",
                                null));
            }
        }
    }

    private boolean stillOffered(Offered offered) {
        return router.waiting(offered.conversationId())
                .map(w -> offered.agent().equals(w.offeredTo()))
                .orElse(false);
    }

    /** The conversation no longer needs the desk; the agent's time on it feeds the expected waits. */
    void release(String id) {
        router.assignment(id).ifPresent(a -> waits.handled(a.queue(), Duration.between(a.since(), now())));
        handle(router.release(id, now()));
    }

    Optional<String> holder(String id) {
        return router.assignment(id).map(Assignment::agent);
    }

    Assignment requireHolder(String agent, String id) {
        return router.assignment(id)
                .filter(a -> a.agent().equals(agent))
                .orElseThrow(() -> new RoutingRefusal("not_yours", "Esa conversación no está asignada a ti."));
    }

    /** A queue the desk has; a handoff recorded for another (renamed, or named by another module) goes to the default. */
    String knownQueue(String queue) {
        return queue == null
                ? groups.defaultGroup()
                : groups.group(queue).map(Group::name).orElse(groups.defaultGroup());
    }

    List<CallbackTask> openCallbacks() {
        if (openCallbacks == null) {
            openCallbacks = callbacks.open();
        }
        return openCallbacks;
    }

    void callbacksChanged() {
        openCallbacks = null;
    }

    /** An event as agents see it: the public view with the conversation's id and status (and the understanding). */
    ObjectNode view(Conversation conversation, RecordedEvent recorded) {
        ObjectNode view = codec.view(recorded);
        view.put("conversationId", conversation.id());
        view.put("status", conversation.status().wireName());
        return view;
    }

    ObjectNode view(RecordedEvent recorded) {
        return codec.view(recorded);
    }

    static Ticket ticket(Conversation conversation, String queue, String reason, Instant requestedAt) {
        boolean priority =
                conversation.handoff() != null ? conversation.handoff().priority() : PriorityCitizen.of(conversation);
        return new Ticket(
                conversation.id(),
                queue,
                priority,
                reason,
                requestedAt,
                conversation.channel() == null ? null : conversation.channel().wireName());
    }
}
