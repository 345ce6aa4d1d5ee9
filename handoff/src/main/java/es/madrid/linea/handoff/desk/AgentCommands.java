package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationClosed;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationResumed;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationStatus;
import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.conversation.InvalidMessageException;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.handoff.HandoffReasons;
import es.madrid.linea.bot.handoff.PriorityCitizen;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.handoff.packet.HandoffPacket;
import es.madrid.linea.handoff.packet.HandoffPacket.Note;
import es.madrid.linea.handoff.packet.PacketBuilder;
import es.madrid.linea.handoff.routing.AgentProfile;
import es.madrid.linea.handoff.routing.AgentStatus;
import es.madrid.linea.handoff.routing.Assignment;
import es.madrid.linea.handoff.routing.Group;
import es.madrid.linea.handoff.routing.Presence;
import es.madrid.linea.handoff.routing.RoutingEvent;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import es.madrid.linea.handoff.routing.Ticket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * What agents ask of the desk: their consoles connecting, presence, and every action on a conversation. Each checks
 * the agent may do it, records what happens in the conversation log, and lets the routing rules decide the rest.
 */
final class AgentCommands {

    private final Desk desk;
    private final CallbackTasks callbacks;
    private final AgentNotes notes;
    private final PacketBuilder packets;
    private final Publication publication;
    private final Map<String, String> sessions = new HashMap<>();

    AgentCommands(
            Desk desk, CallbackTasks callbacks, AgentNotes notes, PacketBuilder packets, Publication publication) {
        this.desk = desk;
        this.callbacks = callbacks;
        this.notes = notes;
        this.packets = packets;
        this.publication = publication;
    }

    // ------------------------------------------------------------------ consoles and presence

    AgentDeskView connected(String agent, String session) {
        desk.know(agent);
        sessions.put(session, agent);
        desk.handle(desk.router.connect(agent, desk.now()));
        publication.forget(agent);
        return deskOf(agent);
    }

    void disconnected(String session) {
        String agent = sessions.remove(session);
        if (agent != null) {
            desk.handle(desk.router.disconnect(agent, desk.now()));
        }
    }

    AgentDeskView deskOf(String agent) {
        desk.know(agent);
        return publication.deskOf(desk.router.agentStatus(agent).orElseThrow(), desk.openCallbacks());
    }

    void presence(String agent, Presence presence) {
        desk.know(agent);
        desk.handle(desk.router.presence(agent, presence, desk.now()));
        // The console hears back even when nothing changed, so its selector always shows the desk's truth.
        publication.forget(agent);
    }

    // ------------------------------------------------------------------ conversations

    HandoffPacket accept(String agent, String id) {
        desk.know(agent);
        Conversation conversation = desk.conversations.conversation(id);
        if (conversation.status() != ConversationStatus.WAITING_AGENT) {
            desk.handle(desk.router.release(id, desk.now()));
            throw new RoutingRefusal(
                    "not_waiting",
                    "Esa conversación ya no está en espera: la ha atendido otra persona o ha terminado.");
        }
        desk.handle(desk.router.accept(agent, id, desk.now()));
        desk.conversations.record(id, List.of(new AgentJoined(agent)));
        return sendPacket(agent, id);
    }

    /** An agent takes a conversation the bot is having (the citizen did not ask): a handoff the agent starts. */
    HandoffPacket pickUp(String agent, String id) {
        desk.know(agent);
        Conversation conversation = desk.conversations.conversation(id);
        if (conversation.status() == ConversationStatus.WAITING_AGENT) {
            return accept(agent, id);
        }
        if (conversation.status() != ConversationStatus.BOT) {
            throw new RoutingRefusal("not_with_bot", "Esa conversación ya la atiende otra persona o ha terminado.");
        }
        AgentProfile profile = desk.roster.profileOf(agent);
        String queue = profile.groups().contains(desk.groups.defaultGroup())
                ? desk.groups.defaultGroup()
                : profile.groups().stream().sorted().findFirst().orElse(desk.groups.defaultGroup());
        Ticket ticket = Desk.ticket(conversation, queue, HandoffReasons.AGENT_PICKUP, desk.now());
        List<RoutingEvent> events = new ArrayList<>(desk.router.enqueue(ticket, agent, desk.now()));
        events.addAll(desk.router.accept(agent, id, desk.now()));
        desk.handle(events);
        desk.conversations.record(
                id,
                List.of(
                        new HandoffRequested(HandoffReasons.AGENT_PICKUP, queue, PriorityCitizen.of(conversation)),
                        new AgentJoined(agent)));
        return sendPacket(agent, id);
    }

    void reply(String agent, String id, String text) {
        desk.requireHolder(agent, id);
        desk.conversations.record(id, List.of(new AgentUttered(agent, agentText(text))));
    }

    /** A private note: stored apart from the log, pushed to the agent's consoles only. */
    Note note(String agent, String id, String text) {
        desk.requireHolder(agent, id);
        Note note = notes.add(id, agent, agentText(text), desk.now());
        ObjectNode view = desk.view(new RecordedEvent(0, note.at(), new AgentUttered(agent, note.text())));
        view.put("type", "note");
        view.remove("seq");
        view.put("conversationId", id);
        desk.consoles.event(agent, view);
        return note;
    }

    void transfer(String agent, String id, String toQueue, String toAgent) {
        Assignment held = desk.requireHolder(agent, id);
        String queue = toQueue == null || toQueue.isBlank() ? null : toQueue;
        if (toAgent != null && !toAgent.isBlank()) {
            if (toAgent.equals(agent)) {
                throw new RoutingRefusal("same_agent", "Ya tienes tú esta conversación.");
            }
            AgentStatus colleague = desk.router
                    .agentStatus(toAgent)
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
            desk.reservations.put(id, toAgent);
        }
        if (queue == null) {
            throw new RoutingRefusal("no_target", "Elige a qué grupo o a qué persona quieres pasar la conversación.");
        }
        Group group = desk.groups
                .group(queue)
                .orElseThrow(() -> new RoutingRefusal("unknown_queue", "No existe ese grupo de atención."));
        desk.conversations.record(
                id,
                List.of(
                        new BotUttered(Reply.text(CitizenNotices.transferred(group.title()))),
                        new HandoffRequested(
                                HandoffReasons.TRANSFER,
                                group.name(),
                                held.ticket().priority())));
    }

    void resume(String agent, String id) {
        desk.requireHolder(agent, id);
        desk.conversations.record(
                id, List.of(new ConversationResumed(agent), new BotUttered(Reply.text(CitizenNotices.BACK_TO_BOT))));
        desk.release(id);
    }

    void close(String agent, String id, String outcome) {
        desk.requireHolder(agent, id);
        Outcome chosen = Outcome.fromWireName(outcome)
                .orElseThrow(() -> new RoutingRefusal("unknown_outcome", "Elige cómo ha terminado la conversación."));
        desk.conversations.record(
                id,
                List.of(
                        new BotUttered(Reply.text(CitizenNotices.CLOSING)),
                        new ConversationClosed(chosen.wireName(), agent)));
        desk.release(id);
    }

    void completeCallback(String agent, String taskId, String outcome) {
        desk.know(agent);
        CallbackTask task = callbacks
                .find(taskId)
                .orElseThrow(() -> new RoutingRefusal("unknown_callback", "No existe esa llamada pendiente."));
        if (!desk.roster.profileOf(agent).groups().contains(task.queue())) {
            throw new RoutingRefusal("not_your_queue", "Esa llamada es de un grupo que no atiendes.");
        }
        String done = outcome == null || outcome.isBlank() ? "called" : outcome;
        if (!callbacks.complete(taskId, agent, done, desk.now())) {
            throw new RoutingRefusal("callback_done", "Esa llamada ya la ha hecho otra persona.");
        }
        desk.callbacksChanged();
    }

    // ------------------------------------------------------------------ reading

    HandoffPacket packet(String agent, String id, boolean supervisor) {
        if (!supervisor) {
            desk.requireHolder(agent, id);
        }
        return packets.build(id, desk.conversations.events(id), notes.of(id));
    }

    List<ObjectNode> events(String agent, String id, long afterSeq, boolean supervisor) {
        if (!supervisor) {
            desk.requireHolder(agent, id);
        }
        Conversation conversation = desk.conversations.conversation(id);
        return desk.conversations.eventsAfter(id, afterSeq).stream()
                .map(recorded -> desk.view(conversation, recorded))
                .toList();
    }

    private HandoffPacket sendPacket(String agent, String id) {
        HandoffPacket packet = packets.build(id, desk.conversations.events(id), notes.of(id));
        desk.consoles.packet(agent, packet);
        return packet;
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
