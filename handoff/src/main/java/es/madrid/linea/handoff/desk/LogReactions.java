package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationClosed;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationResumed;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.ConversationStatus;
import es.madrid.linea.bot.conversation.HandoffState;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.conversation.UnknownConversationException;
import es.madrid.linea.bot.handoff.HandoffDialogue;
import es.madrid.linea.bot.handoff.HandoffReasons;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.handoff.routing.AgentStatus;
import es.madrid.linea.handoff.routing.Assignment;
import es.madrid.linea.handoff.routing.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the conversation log means for the queues: a handoff request queues the conversation (a transfer keeps the
 * citizen's first request time), leaving the queue or the end of the handoff releases it, and every event of a
 * conversation an agent holds reaches that agent. On start, the same log rebuilds the queues; on each tick, the
 * conversations of agents who did not come back go to colleagues.
 */
final class LogReactions {

    private static final Logger log = LoggerFactory.getLogger(LogReactions.class);
    private static final String REQUEST_CALLBACK = "request_callback";

    private final Desk desk;
    private final Duration reconnectGrace;

    LogReactions(Desk desk, Duration reconnectGrace) {
        this.desk = desk;
        this.reconnectGrace = reconnectGrace;
    }

    /** Rebuilds the queues and assignments by replaying the conversations that were with people. */
    void restore(OpenHandoffs open) {
        for (String id : open.all()) {
            Conversation conversation;
            try {
                conversation = desk.conversations.conversation(id);
            } catch (UnknownConversationException gone) {
                open.close(id);
                continue;
            }
            HandoffState handoff = conversation.handoff();
            if (handoff == null) {
                open.close(id);
                continue;
            }
            Ticket ticket = Desk.ticket(
                    conversation, desk.knownQueue(handoff.queue()), handoff.reason(), handoff.requestedAt());
            if (conversation.status() == ConversationStatus.WAITING_AGENT) {
                desk.router.enqueue(ticket, null, desk.now());
            } else if (conversation.status() == ConversationStatus.WITH_AGENT && handoff.agent() != null) {
                desk.know(handoff.agent());
                desk.router.restore(new Assignment(ticket, handoff.agent(), conversation.lastActivityAt()), desk.now());
            } else {
                open.close(id);
            }
        }
        log.info(
                "handoff desk restored: {} waiting, {} with agents",
                desk.router.waitingConversations().size(),
                desk.router.agents().stream()
                        .mapToInt(a -> a.conversations().size())
                        .sum());
    }

    void apply(Conversation conversation, List<RecordedEvent> events) {
        String id = conversation.id();
        for (RecordedEvent recorded : events) {
            Set<String> told = new LinkedHashSet<>();
            desk.holder(id).ifPresent(told::add);
            ConversationEvent event = recorded.event();
            if (event instanceof HandoffRequested requested
                    && conversation.status() == ConversationStatus.WAITING_AGENT) {
                enqueue(conversation, requested, recorded.at());
            } else if (event instanceof UserUttered user
                    && HandoffDialogue.LEAVE_QUEUE.id().equals(user.payload())
                    && desk.router.waiting(id).isPresent()) {
                leaveQueue(id);
            } else if (event instanceof ConversationResumed || event instanceof ConversationClosed) {
                desk.release(id);
            } else if (event instanceof ActionExecuted action && REQUEST_CALLBACK.equals(action.action())) {
                desk.callbacksChanged();
            }
            desk.holder(id).ifPresent(told::add);
            for (String agent : told) {
                desk.consoles.event(agent, desk.view(conversation, recorded));
            }
        }
    }

    /**
     * An agent whose consoles all closed keeps their conversations for a while (a reload, a network cut); after the
     * grace, each goes back to its queue, ahead of later arrivals, so no citizen waits for someone who is gone.
     */
    void handOnConversationsOfAgentsWhoLeft() {
        Instant now = desk.now();
        for (AgentStatus agent : desk.router.agents()) {
            if (agent.connected()
                    || agent.disconnectedAt() == null
                    || now.isBefore(agent.disconnectedAt().plus(reconnectGrace))) {
                continue;
            }
            for (String id : agent.conversations()) {
                Assignment held = desk.router.assignment(id).orElseThrow();
                // Once applied, the event moves the conversation back to its queue with its first request time.
                desk.conversations.record(
                        id,
                        List.of(
                                new BotUttered(Reply.text(CitizenNotices.AGENT_LEFT)),
                                new HandoffRequested(
                                        HandoffReasons.AGENT_LEFT,
                                        held.queue(),
                                        held.ticket().priority())));
            }
        }
    }

    private void enqueue(Conversation conversation, HandoffRequested requested, Instant at) {
        String id = conversation.id();
        Optional<Assignment> held = desk.router.assignment(id);
        Instant firstAsked = held.map(a -> a.ticket().requestedAt())
                .or(() -> desk.router.waiting(id).map(w -> w.ticket().requestedAt()))
                .orElse(at);
        held.ifPresent(a -> desk.waits.handled(a.queue(), Duration.between(a.since(), desk.now())));
        Ticket ticket = Desk.ticket(conversation, desk.knownQueue(requested.queue()), requested.reason(), firstAsked);
        desk.handle(desk.router.enqueue(ticket, desk.reservations.remove(id), desk.now()));
    }

    private void leaveQueue(String id) {
        desk.handle(desk.router.release(id, desk.now()));
        desk.conversations.record(
                id, List.of(new ConversationResumed("citizen"), new BotUttered(Reply.text(CitizenNotices.LEFT_QUEUE))));
    }
}
