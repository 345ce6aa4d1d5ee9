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
import java.time.Clock;
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

    private static final Logger log = LoggerFactory.getLogger(Switchboard.class);

    private final DeskWork work;
    private final OpenHandoffs open;
    private final Clock clock;
    private final Duration commandTimeout;
    private final ScheduledThreadPoolExecutor desk;
    private volatile Thread deskThread;

    Switchboard(DeskWork work, OpenHandoffs open, Clock clock, Duration commandTimeout) {
        this.work = work;
        this.open = open;
        this.clock = clock;
        this.commandTimeout = commandTimeout;
        this.desk = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "handoff-desk");
            thread.setDaemon(true);
            deskThread = thread;
            return thread;
        });
    }

    /** Rebuilds the queues from the log and starts checking offers every {@code tick}. */
    public void start(Duration tick) {
        run(() -> {
            work.restore(open);
            return null;
        });
        desk.scheduleWithFixedDelay(() -> safely(work::tick), tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        desk.shutdownNow();
    }

    // ------------------------------------------------------------------ the log

    @Override
    public void onEvents(Conversation conversation, List<RecordedEvent> events) {
        if (events.stream().map(RecordedEvent::event).anyMatch(Switchboard::changesWhoAnswers)) {
            // Written before the turn ends, so a restart right after still finds this conversation.
            if (conversation.isWithPeople()) {
                open.open(conversation.id(), clock.instant());
            } else {
                open.close(conversation.id());
            }
        }
        desk.execute(() -> safely(() -> work.apply(conversation, events)));
    }

    private static boolean changesWhoAnswers(ConversationEvent event) {
        return event instanceof HandoffRequested
                || event instanceof AgentJoined
                || event instanceof ConversationResumed
                || event instanceof ConversationClosed;
    }

    // ------------------------------------------------------------------ agents

    public AgentDeskView connected(String agent, String session) {
        return run(() -> work.connected(agent, session));
    }

    public void disconnected(String session) {
        desk.execute(() -> safely(() -> work.disconnected(session)));
    }

    public AgentDeskView desk(String agent) {
        return run(() -> work.desk(agent));
    }

    public void presence(String agent, Presence presence) {
        run(() -> {
            work.presence(agent, presence);
            return null;
        });
    }

    public HandoffPacket accept(String agent, String conversationId) {
        return run(() -> work.accept(agent, conversationId));
    }

    public HandoffPacket pickUp(String agent, String conversationId) {
        return run(() -> work.pickUp(agent, conversationId));
    }

    public void reply(String agent, String conversationId, String text) {
        run(() -> {
            work.reply(agent, conversationId, text);
            return null;
        });
    }

    public Note note(String agent, String conversationId, String text) {
        return run(() -> work.note(agent, conversationId, text));
    }

    public void transfer(String agent, String conversationId, String toQueue, String toAgent) {
        run(() -> {
            work.transfer(agent, conversationId, toQueue, toAgent);
            return null;
        });
    }

    public void resume(String agent, String conversationId) {
        run(() -> {
            work.resume(agent, conversationId);
            return null;
        });
    }

    public void close(String agent, String conversationId, String outcome) {
        run(() -> {
            work.close(agent, conversationId, outcome);
            return null;
        });
    }

    public void completeCallback(String agent, String taskId, String outcome) {
        run(() -> {
            work.completeCallback(agent, taskId, outcome);
            return null;
        });
    }

    public HandoffPacket packet(String agent, String conversationId, boolean supervisor) {
        return run(() -> work.packet(agent, conversationId, supervisor));
    }

    public List<ObjectNode> events(String agent, String conversationId, long afterSeq, boolean supervisor) {
        return run(() -> work.events(agent, conversationId, afterSeq, supervisor));
    }

    /** Waits until every task queued so far has run (tests and benchmarks). */
    public void settle() {
        run(() -> null);
    }

    /** Checks offers now rather than at the next tick (tests drive time with their own clock). */
    void tickNow() {
        run(() -> {
            work.tick();
            return null;
        });
    }

    // ------------------------------------------------------------------ the thread

    /** Runs on the desk thread and publishes; a command from the desk thread itself runs directly. */
    private <T> T run(Supplier<T> task) {
        if (Thread.currentThread() == deskThread) {
            return task.get();
        }
        Future<T> result = desk.submit(() -> {
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
            log.error("handoff desk task failed", e);
        } finally {
            publish();
        }
    }

    private void publish() {
        try {
            work.publish();
        } catch (RuntimeException e) {
            log.error("handoff desk could not publish", e);
        }
    }
}
