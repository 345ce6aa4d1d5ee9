package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationClosed;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationResumed;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.ConversationStatus;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.conversation.HandoffState;
import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.conversation.InvalidMessageException;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.conversation.UnknownConversationException;
import es.madrid.linea.bot.handoff.HandoffDialogue;
import es.madrid.linea.bot.handoff.HandoffReasons;
import es.madrid.linea.bot.handoff.PriorityCitizen;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.handoff.desk.AgentConsoles.Notice;
import es.madrid.linea.handoff.packet.HandoffPacket;
import es.madrid.linea.handoff.packet.HandoffPacket.Note;
import es.madrid.linea.handoff.packet.PacketBuilder;
import es.madrid.linea.handoff.routing.AgentProfile;
import es.madrid.linea.handoff.routing.AgentStatus;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The desk's work, always on the desk's one thread (see {@link Switchboard}): what each stored event means for the
 * queues, and each agent command. Commands check that the agent may do it, record what happens in the conversation
 * log, and let the routing rules decide the rest.
 */
final class DeskWork {

    private static final Logger log = LoggerFactory.getLogger(DeskWork.class);
    private static final String REQUEST_CALLBACK = "request_callback";

    private final ConversationService conversations;
    private final EventCodec codec;
    private final Router router;
    private final Groups groups;
    private final Roster roster;
    private final WaitEstimate waits;
    private final CallbackTasks callbacks;
    private final AgentNotes notes;
    private final AgentConsoles consoles;
    private final PacketBuilder packets;
    private final Publication publication;
    private final Clock clock;
    private final Presence initialPresence;
    private final Duration reconnectGrace;
    private final Map<String, String> reservations = new HashMap<>();
    private final Map<String, String> sessions = new HashMap<>();
    private List<CallbackTask> openCallbacks;

    DeskWork(
            ConversationService conversations,
            EventCodec codec,
            Router router,
            Groups groups,
            Roster roster,
            WaitEstimate waits,
            CallbackTasks callbacks,
            AgentNotes notes,
            AgentConsoles consoles,
            PacketBuilder packets,
            Publication publication,
            Clock clock,
            Presence initialPresence,
            Duration reconnectGrace) {
        this.conversations = conversations;
        this.codec = codec;
        this.router = router;
        this.groups = groups;
        this.roster = roster;
        this.waits = waits;
        this.callbacks = callbacks;
        this.notes = notes;
        this.consoles = consoles;
        this.packets = packets;
        this.publication = publication;
        this.clock = clock;
        this.initialPresence = initialPresence;
        this.reconnectGrace = reconnectGrace;
    }

    // ------------------------------------------------------------------ start, tick, publish

    /** Rebuilds the queues and assignments by replaying the conversations that were with people. */
    void restore(OpenHandoffs open) {
        Instant now = clock.instant();
        for (String id : open.all()) {
            Conversation conversation;
            try {
                conversation = conversations.conversation(id);
            } catch (UnknownConversationException gone) {
                open.close(id);
                continue;
            }
            HandoffState handoff = conversation.handoff();
            if (conversation.status() == ConversationStatus.WAITING_AGENT && handoff != null) {
                router.enqueue(
                        ticket(conversation, knownQueue(handoff.queue()), handoff.reason(), handoff.requestedAt()),
                        null,
                        now);
            } else if (conversation.status() == ConversationStatus.WITH_AGENT
                    && handoff != null
                    && handoff.agent() != null) {
                know(handoff.agent());
                Ticket ticket =
                        ticket(conversation, knownQueue(handoff.queue()), handoff.reason(), handoff.requestedAt());
                router.restore(new Assignment(ticket, handoff.agent(), conversation.lastActivityAt()), now);
            } else {
                open.close(id);
            }
        }
        log.info(
                "handoff desk restored: {} waiting, {} with agents",
                router.waitingConversations().size(),
                router.agents().stream().mapToInt(a -> a.conversations().size()).sum());
    }

    void tick() {
        handle(router.tick(clock.instant()));
        handOnConversationsOfAgentsWhoLeft();
    }

    /**
     * An agent whose consoles all closed keeps their conversations for a while (a reload, a network cut); after the
     * grace, each goes back to its queue, ahead of later arrivals, so no citizen waits for someone who is gone.
     */
    private void handOnConversationsOfAgentsWhoLeft() {
        Instant now = clock.instant();
        for (AgentStatus agent : router.agents()) {
            if (agent.connected()
                    || agent.disconnectedAt() == null
                    || now.isBefore(agent.disconnectedAt().plus(reconnectGrace))) {
                continue;
            }
            for (String id : agent.conversations()) {
                Assignment held = router.assignment(id).orElseThrow();
                conversations.record(
                        id,
                        List.of(
                                new BotUttered(Reply.text(CitizenNotices.AGENT_LEFT)),
                                new HandoffRequested(
                                        HandoffReasons.AGENT_LEFT,
                                        held.queue(),
                                        held.ticket().priority())));
                // The event, once applied, moves the conversation back to its queue with its first request time.
            }
        }
    }

    void publish() {
        publication.publish(openCallbacks());
    }

    // ------------------------------------------------------------------ the log

    void apply(Conversation conversation, List<RecordedEvent> events) {
        String id = conversation.id();
        for (RecordedEvent recorded : events) {
            Set<String> told = new LinkedHashSet<>();
            holder(id).ifPresent(told::add);
            ConversationEvent event = recorded.event();
            if (event instanceof HandoffRequested requested
                    && conversation.status() == ConversationStatus.WAITING_AGENT) {
                enqueue(conversation, requested, recorded.at());
            } else if (event instanceof UserUttered user
                    && HandoffDialogue.LEAVE_QUEUE.id().equals(user.payload())
                    && router.waiting(id).isPresent()) {
                leaveQueue(id);
            } else if (event instanceof ConversationResumed || event instanceof ConversationClosed) {
                release(id);
            } else if (event instanceof ActionExecuted action && REQUEST_CALLBACK.equals(action.action())) {
                openCallbacks = null;
            }
            holder(id).ifPresent(told::add);
            for (String agent : told) {
                consoles.event(agent, view(conversation, recorded));
            }
        }
    }

    private void enqueue(Conversation conversation, HandoffRequested requested, Instant at) {
        String id = conversation.id();
        String queue = knownQueue(requested.queue());
        Optional<Assignment> held = router.assignment(id);
        Instant firstAsked = held.map(a -> a.ticket().requestedAt())
                .or(() -> router.waiting(id).map(w -> w.ticket().requestedAt()))
                .orElse(at);
        held.ifPresent(a -> waits.handled(a.queue(), Duration.between(a.since(), clock.instant())));
        Ticket ticket = new Ticket(
                id,
                queue,
                requested.priority(),
                requested.reason(),
                firstAsked,
                conversation.channel() == null ? null : conversation.channel().wireName());
        handle(router.enqueue(ticket, reservations.remove(id), clock.instant()));
    }

    private void leaveQueue(String id) {
        handle(router.release(id, clock.instant()));
        conversations.record(
                id, List.of(new ConversationResumed("citizen"), new BotUttered(Reply.text(CitizenNotices.LEFT_QUEUE))));
    }

    private void release(String id) {
        router.assignment(id).ifPresent(a -> waits.handled(a.queue(), Duration.between(a.since(), clock.instant())));
        handle(router.release(id, clock.instant()));
    }

    // ------------------------------------------------------------------ agents' consoles

    AgentDeskView connected(String agent, String session) {
        know(agent);
        sessions.put(session, agent);
        handle(router.connect(agent, clock.instant()));
        publication.forget(agent);
        return desk(agent);
    }

    void disconnected(String session) {
        String agent = sessions.remove(session);
        if (agent != null) {
            handle(router.disconnect(agent, clock.instant()));
        }
    }

    AgentDeskView desk(String agent) {
        know(agent);
        return publication.deskOf(router.agentStatus(agent).orElseThrow(), openCallbacks());
    }

    void presence(String agent, Presence presence) {
        know(agent);
        handle(router.presence(agent, presence, clock.instant()));
        // The console hears back even when nothing changed, so its selector always shows the desk's truth.
        publication.forget(agent);
    }

    // ------------------------------------------------------------------ agents' commands

    HandoffPacket accept(String agent, String id) {
        know(agent);
        Conversation conversation = conversations.conversation(id);
        if (conversation.status() != ConversationStatus.WAITING_AGENT) {
            handle(router.release(id, clock.instant()));
            throw new RoutingRefusal(
                    "not_waiting",
                    "Esa conversación ya no está en espera: la ha atendido otra persona o ha terminado.");
        }
        handle(router.accept(agent, id, clock.instant()));
        conversations.record(id, List.of(new AgentJoined(agent)));
        return sendPacket(agent, id);
    }

    /** An agent takes a conversation the bot is having (the citizen did not ask): a handoff the agent starts. */
    HandoffPacket pickUp(String agent, String id) {
        know(agent);
        Conversation conversation = conversations.conversation(id);
        if (conversation.status() == ConversationStatus.WAITING_AGENT) {
            return accept(agent, id);
        }
        if (conversation.status() != ConversationStatus.BOT) {
            throw new RoutingRefusal("not_with_bot", "Esa conversación ya la atiende otra persona o ha terminado.");
        }
        AgentProfile profile = roster.profileOf(agent);
        String queue = profile.groups().contains(groups.defaultGroup())
                ? groups.defaultGroup()
                : profile.groups().stream().sorted().findFirst().orElse(groups.defaultGroup());
        boolean priority = PriorityCitizen.of(conversation);
        Ticket ticket = ticket(conversation, queue, HandoffReasons.AGENT_PICKUP, clock.instant());
        List<RoutingEvent> events = new ArrayList<>(router.enqueue(ticket, agent, clock.instant()));
        events.addAll(router.accept(agent, id, clock.instant()));
        handle(events);
        conversations.record(
                id,
                List.of(new HandoffRequested(HandoffReasons.AGENT_PICKUP, queue, priority), new AgentJoined(agent)));
        return sendPacket(agent, id);
    }

    void reply(String agent, String id, String text) {
        requireHolder(agent, id);
        conversations.record(id, List.of(new AgentUttered(agent, agentText(text))));
    }

    Note note(String agent, String id, String text) {
        requireHolder(agent, id);
        Note note = notes.add(id, agent, agentText(text), clock.instant());
        ObjectNode view = codec.view(new RecordedEvent(0, note.at(), new AgentUttered(agent, note.text())));
        view.put("type", "note");
        view.remove("seq");
        view.put("conversationId", id);
        consoles.event(agent, view);
        return note;
    }

    void transfer(String agent, String id, String toQueue, String toAgent) {
        Assignment held = requireHolder(agent, id);
        String queue = toQueue == null || toQueue.isBlank() ? null : toQueue;
        if (toAgent != null && !toAgent.isBlank()) {
            if (toAgent.equals(agent)) {
                throw new RoutingRefusal("same_agent", "Ya tienes tú esta conversación.");
            }
            AgentStatus colleague = router.agentStatus(toAgent)
                    .filter(AgentStatus::connected)
                    .orElseThrow(() -> new RoutingRefusal(
                            "unknown_agent", "Esa persona no está conectada a la consola ahora mismo."));
            if (queue == null) {
                queue = colleague.profile().groups().contains(held.queue())
                        ? held.queue()
                        : colleague.profile().groups().stream()
                                .sorted()
                                .findFirst()
                                .orElse(held.queue());
            }
            reservations.put(id, toAgent);
        }
        if (queue == null) {
            throw new RoutingRefusal("no_target", "Elige a qué grupo o a qué persona quieres pasar la conversación.");
        }
        Group group = groups.group(queue)
                .orElseThrow(() -> new RoutingRefusal("unknown_queue", "No existe ese grupo de atención."));
        conversations.record(
                id,
                List.of(
                        new BotUttered(Reply.text(CitizenNotices.transferred(group.title()))),
                        new HandoffRequested(
                                HandoffReasons.TRANSFER,
                                group.name(),
                                held.ticket().priority())));
    }

    void resume(String agent, String id) {
        requireHolder(agent, id);
        conversations.record(
                id, List.of(new ConversationResumed(agent), new BotUttered(Reply.text(CitizenNotices.BACK_TO_BOT))));
        release(id);
    }

    void close(String agent, String id, String outcome) {
        requireHolder(agent, id);
        Outcome chosen = Outcome.fromWireName(outcome)
                .orElseThrow(() -> new RoutingRefusal("unknown_outcome", "Elige cómo ha terminado la conversación."));
        conversations.record(
                id,
                List.of(
                        new BotUttered(Reply.text(CitizenNotices.CLOSING)),
                        new ConversationClosed(chosen.wireName(), agent)));
        release(id);
    }

    void completeCallback(String agent, String taskId, String outcome) {
        know(agent);
        CallbackTask task = callbacks
                .find(taskId)
                .orElseThrow(() -> new RoutingRefusal("unknown_callback", "No existe esa llamada pendiente."));
        if (!roster.profileOf(agent).groups().contains(task.queue())) {
            throw new RoutingRefusal("not_your_queue", "Esa llamada es de un grupo que no atiendes.");
        }
        String done = outcome == null || outcome.isBlank() ? "called" : outcome;
        if (!callbacks.complete(taskId, agent, done, clock.instant())) {
            throw new RoutingRefusal("callback_done", "Esa llamada ya la ha hecho otra persona.");
        }
        openCallbacks = null;
    }

    HandoffPacket packet(String agent, String id, boolean supervisor) {
        if (!supervisor) {
            requireHolder(agent, id);
        }
        return packets.build(id, conversations.events(id), notes.of(id));
    }

    List<ObjectNode> events(String agent, String id, long afterSeq, boolean supervisor) {
        if (!supervisor) {
            requireHolder(agent, id);
        }
        Conversation conversation = conversations.conversation(id);
        return conversations.eventsAfter(id, afterSeq).stream()
                .map(recorded -> view(conversation, recorded))
                .toList();
    }

    // ------------------------------------------------------------------ helpers

    private HandoffPacket sendPacket(String agent, String id) {
        HandoffPacket packet = packets.build(id, conversations.events(id), notes.of(id));
        consoles.packet(agent, packet);
        return packet;
    }

    private void handle(List<RoutingEvent> events) {
        for (RoutingEvent event : events) {
            if (event instanceof Offered offered
                    && router.waiting(offered.conversationId())
                            .map(w -> offered.agent().equals(w.offeredTo()))
                            .orElse(false)) {
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

    /** A queue the desk has; a handoff recorded for another (renamed, or named by another module) goes to the default. */
    private String knownQueue(String queue) {
        return queue == null
                ? groups.defaultGroup()
                : groups.group(queue).map(Group::name).orElse(groups.defaultGroup());
    }

    private Assignment requireHolder(String agent, String id) {
        return router.assignment(id)
                .filter(a -> a.agent().equals(agent))
                .orElseThrow(() -> new RoutingRefusal("not_yours", "Esa conversación no está asignada a ti."));
    }

    private Optional<String> holder(String id) {
        return router.assignment(id).map(Assignment::agent);
    }

    private void know(String agent) {
        if (!router.knows(agent)) {
            router.know(roster.profileOf(agent), initialPresence);
        }
    }

    private List<CallbackTask> openCallbacks() {
        if (openCallbacks == null) {
            openCallbacks = callbacks.open();
        }
        return openCallbacks;
    }

    private ObjectNode view(Conversation conversation, RecordedEvent recorded) {
        ObjectNode view = codec.view(recorded);
        view.put("conversationId", conversation.id());
        view.put("status", conversation.status().wireName());
        return view;
    }

    private static Ticket ticket(Conversation conversation, String queue, String reason, Instant requestedAt) {
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

    /** The agent's message, cleaned and checked like a citizen's, with the refusal worded for the agent. */
    private static String agentText(String text) {
        try {
            return InboundMessage.of(text == null ? "" : text, null, null, null).text();
        } catch (InvalidMessageException e) {
            if ("text_too_long".equals(e.code())) {
                throw new RoutingRefusal(e.code(), "El mensaje es demasiado largo: el máximo son 2.000 caracteres.");
            }
            throw new RoutingRefusal("empty_text", "Escribe el mensaje antes de enviarlo.");
        }
    }
}
