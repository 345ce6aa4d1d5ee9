package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.handoff.HandoffDialogue;
import es.madrid.linea.bot.handoff.QueueStanding;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.handoff.routing.AgentStatus;
import es.madrid.linea.handoff.routing.Group;
import es.madrid.linea.handoff.routing.Groups;
import es.madrid.linea.handoff.routing.Presence;
import es.madrid.linea.handoff.routing.QueueEntry;
import es.madrid.linea.handoff.routing.Router;
import es.madrid.linea.handoff.routing.WaitEstimate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every change on the desk: publishes the snapshot other threads read, pushes each connected agent's desk when
 * it changed, and tells each waiting citizen their new position and expected wait (a bot message, so it reaches them
 * on any channel; only when the position changed).
 */
final class Publication {

    private static final Logger log = LoggerFactory.getLogger(Publication.class);

    private final Router router;
    private final WaitEstimate waits;
    private final Groups groups;
    private final DeskBoard board;
    private final AgentConsoles consoles;
    private final ConversationService conversations;
    private final DeskViews views;
    private final Clock clock;
    private final Map<String, Integer> toldPositions = new HashMap<>();
    private final Map<String, AgentDeskView> shown = new HashMap<>();

    Publication(
            Router router,
            WaitEstimate waits,
            Groups groups,
            DeskBoard board,
            AgentConsoles consoles,
            ConversationService conversations,
            DeskViews views,
            Clock clock) {
        this.router = router;
        this.waits = waits;
        this.groups = groups;
        this.board = board;
        this.consoles = consoles;
        this.conversations = conversations;
        this.views = views;
        this.clock = clock;
    }

    void publish(List<CallbackTask> openCallbacks) {
        Map<String, QueueStanding> standings = new HashMap<>();
        List<DeskSnapshot.QueueSummary> queues = new ArrayList<>();
        for (Group group : groups.all()) {
            String queue = group.name();
            Router.Slots slots = router.slots(queue);
            List<QueueEntry> line = router.queue(queue);
            for (int i = 0; i < line.size(); i++) {
                int position = i + 1;
                standings.put(
                        line.get(i).conversationId(),
                        new QueueStanding(queue, position, waits.at(queue, position, slots)));
            }
            queues.add(new DeskSnapshot.QueueSummary(
                    group, router.attended(queue), availableAgents(queue), waits.handleTime(queue), line));
        }
        board.publish(new DeskSnapshot(clock.instant(), standings, queues));
        // Agents first: an offer should not wait for the citizens' position messages to be stored.
        pushDesks(openCallbacks);
        tellPositions(standings);
    }

    /** The agent's console reconnected: the next publication pushes their desk even if it did not change. */
    void forget(String agent) {
        shown.remove(agent);
    }

    AgentDeskView deskOf(AgentStatus agent, List<CallbackTask> openCallbacks) {
        return views.of(agent, router, openCallbacks);
    }

    private void tellPositions(Map<String, QueueStanding> standings) {
        toldPositions.keySet().retainAll(standings.keySet());
        standings.forEach((conversationId, standing) -> {
            Integer told = toldPositions.get(conversationId);
            if (told != null && told == standing.position()) {
                return;
            }
            Reply reply = told == null
                    ? Reply.options(
                            CitizenNotices.firstPosition(standing.position(), standing.estimatedWait()),
                            List.of(HandoffDialogue.LEAVE_QUEUE))
                    : Reply.text(CitizenNotices.newPosition(standing.position(), standing.estimatedWait()));
            toldPositions.put(conversationId, standing.position());
            try {
                conversations.record(conversationId, List.of(new BotUttered(reply)));
            } catch (RuntimeException e) {
                log.warn("could not tell conversation {} its place in the queue", conversationId, e);
            }
        });
    }

    private void pushDesks(List<CallbackTask> openCallbacks) {
        for (AgentStatus agent : router.agents()) {
            if (!agent.connected()) {
                shown.remove(agent.name());
                continue;
            }
            AgentDeskView view = views.of(agent, router, openCallbacks);
            if (!view.equals(shown.get(agent.name()))) {
                shown.put(agent.name(), view);
                consoles.desk(agent.name(), view);
            }
        }
    }

    private int availableAgents(String queue) {
        return (int) router.agents().stream()
                .filter(a -> a.connected()
                        && a.presence() == Presence.AVAILABLE
                        && a.profile().groups().contains(queue))
                .count();
    }
}
