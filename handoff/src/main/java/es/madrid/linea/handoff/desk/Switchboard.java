package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationClosed;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationResumed;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationListener;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.handoff.packet.HandoffPacket;
import es.madrid.linea.handoff.packet.HandoffPacket.Note;
import es.madrid.linea.handoff.routing.Presence;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The desk's one thread. Stored events (as a {@link ConversationListener}), agents' commands and the clock's ticks
 * all become tasks run in order on it, so the routing state needs no locks. Listeners are called while a
 * conversation's turn holds its lock, so the listener only queues work (and keeps the restart index exact); the desk
 * thread then takes conversation locks one at a time to record what it decides, never two at once, so no turn and no
 * desk task can wait for each other in a circle. After every task the desk publishes: positions to citizens, the
 * snapshot for readers, the agents' desks.
 */
public final class Switchboard implements ConversationListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Switchboard.class);

    private final Desk desk;
    private final LogReactions log;
    private final AgentCommands agents;
    private final Publication publication;
    private final OpenHandoffs open;
    private final Duration commandTimeout;
    private final ScheduledThreadPoolExecutor thread;
    private volatile Thread deskThread;

    Switchboard(
            Desk desk,
            LogReactions log,
            AgentCommands agents,
            Publication publication,
            OpenHandoffs open,
            Duration commandTimeout) {
        this.desk = desk;
        this.log = log;
        this.agents = agents;
        this.publication = publication;
        this.open = open;
        this.commandTimeout = commandTimeout;
        this.thread = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread deskOwn = new Thread(runnable, "handoff-desk");
            deskOwn.setDaemon(true);
            deskThread = deskOwn;
            return deskOwn;
        });
    }

    /** Rebuilds the queues from the log and starts checking the time every {@code tick}. */
    public void start(Duration tick) {
        run(() -> {
            log.restore(open);
            return null;
        });
        thread.scheduleWithFixedDelay(
                () -> safely(this::checkTime), tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    // ------------------------------------------------------------------ the log

    @Override
    public void onEvents(Conversation conversation, List<RecordedEvent> events) {
        if (events.stream().map(RecordedEvent::event).anyMatch(Switchboard::changesWhoAnswers)) {
            // Written before the turn ends, so a restart right after still finds this conversation.
            if (conversation.isWithPeople()) {
                open.open(conversation.id(), desk.now());
            } else {
                open.close(conversation.id());
            }
        }
        thread.execute(() -> safely(() -> log.apply(conversation, events)));
    }

    private static boolean changesWhoAnswers(ConversationEvent event) {
        return event instanceof HandoffRequested
                || event instanceof AgentJoined
                || event instanceof ConversationResumed
                || event instanceof ConversationClosed;
    }

    // ------------------------------------------------------------------ agents

    public AgentDeskView connected(String agent, String session) {
        return run(() -> agents.connected(agent, session));
    }

    public void disconnected(String session) {
        thread.execute(() -> safely(() -> agents.disconnected(session)));
    }

    public AgentDeskView desk(String agent) {
        return run(() -> agents.deskOf(agent));
    }

    public void presence(String agent, Presence presence) {
        run(() -> {
            agents.presence(agent, presence);
            return null;
        });
    }

    public HandoffPacket accept(String agent, String conversationId) {
        return run(() -> agents.accept(agent, conversationId));
    }

    public HandoffPacket pickUp(String agent, String conversationId) {
        return run(() -> agents.pickUp(agent, conversationId));
    }

    public void reply(String agent, String conversationId, String text) {
        run(() -> {
            agents.reply(agent, conversationId, text);
            return null;
        });
    }

    public Note note(String agent, String conversationId, String text) {
        return run(() -> agents.note(agent, conversationId, text));
    }

    public void transfer(String agent, String conversationId, String toQueue, String toAgent) {
        run(() -> {
            agents.transfer(agent, conversationId, toQueue, toAgent);
            return null;
        });
    }

    public void resume(String agent, String conversationId) {
        run(() -> {
            agents.resume(agent, conversationId);
            return null;
        });
    }

    public void close(String agent, String conversationId, String outcome) {
        run(() -> {
            agents.close(agent, conversationId, outcome);
            return null;
        });
    }

    public void completeCallback(String agent, String taskId, String outcome) {
        run(() -> {
            agents.completeCallback(agent, taskId, outcome);
            return null;
        });
    }

    public HandoffPacket packet(String agent, String conversationId, boolean supervisor) {
        return run(() -> agents.packet(agent, conversationId, supervisor));
    }

    public List<ObjectNode> events(String agent, String conversationId, long afterSeq, boolean supervisor) {
        return run(() -> agents.events(agent, conversationId, afterSeq, supervisor));
    }

    /** Waits until every task queued so far has run (tests and benchmarks). */
    public void settle() {
        run(() -> null);
    }

    /** Checks the time now rather than at the next tick (tests drive time with their own clock). */
    void tickNow() {
        run(() -> {
            checkTime();
            return null;
        });
    }

    /** Offers not accepted in time move on; conversations of agents who did not come back go to colleagues. */
    private void checkTime() {
        desk.handle(desk.router.tick(desk.now()));
        log.handOnConversationsOfAgentsWhoLeft();
    }

    // ------------------------------------------------------------------ the thread

    /** Runs on the desk thread and publishes; a command from the desk thread itself runs directly. */
    private <T> T run(Supplier<T> task) {
        if (Thread.currentThread() == deskThread) {
            return task.get();
        }
        Future<T> result = thread.submit(() -> {
            try {
                return task.get();
            } finally {
                publish();
            }
        });
        try {
            return result.get(commandTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            result.cancel(false);
            throw new RoutingRefusal("desk_busy", "La mesa de atención no responde ahora. Inténtalo de nuevo.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RoutingRefusal("desk_busy", "La mesa de atención no responde ahora. Inténtalo de nuevo.");
        }
    }

    private void safely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("handoff desk task failed", e);
        } finally {
            publish();
        }
    }

    private void publish() {
        try {
            publication.publish(desk.openCallbacks());
        } catch (RuntimeException e) {
            LOG.error("handoff desk could not publish", e);
        }
    }
}
