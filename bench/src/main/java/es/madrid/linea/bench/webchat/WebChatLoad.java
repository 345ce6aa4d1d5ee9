package es.madrid.linea.bench.webchat;

import es.madrid.linea.bench.load.CitizenApi;
import es.madrid.linea.bench.load.DaemonThreads;
import es.madrid.linea.bench.load.LatencyRecorder;
import es.madrid.linea.bench.load.MessageMix;
import es.madrid.linea.bench.load.ThinkTime;
import es.madrid.linea.bench.service.ServiceProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A crowd of web chat citizens against one service: connects them (a bounded number at a time), runs closed-loop
 * phases with some of them active while the rest stay connected and idle (heart-beating, as open browser tabs do),
 * and closes them. Everything it starts stops by itself: turns time out, phases end, threads are daemons.
 */
final class WebChatLoad implements AutoCloseable {

    private static final int CONNECTING_AT_ONCE = 16;

    private final ServiceProbe probe;
    private final URI endpoint;
    private final String origin;
    private final MessageMix mix;
    private final ThinkTime thinkTime;
    private final Duration turnTimeout;
    private final List<TurnProtocol> protocols;
    private final ExecutorService callbacks = Executors.newFixedThreadPool(2, DaemonThreads.named("bench-ws"));
    private final ExecutorService blockingCalls = Executors.newFixedThreadPool(8, DaemonThreads.named("bench-http"));
    private final ScheduledExecutorService scheduler =
            Executors.newScheduledThreadPool(2, DaemonThreads.named("bench-timer"));
    private final HttpClient webSockets;
    private final CitizenApi api;
    private final List<CitizenSession> sessions = new ArrayList<>();
    private final AtomicInteger sessionsLost = new AtomicInteger();
    private final AtomicLong conversationsStarted = new AtomicLong();
    private final AtomicReference<String> firstOpenFailure = new AtomicReference<>();
    private final AtomicReference<String> firstLoss = new AtomicReference<>();

    WebChatLoad(
            URI base,
            ServiceProbe probe,
            MessageMix mix,
            ThinkTime thinkTime,
            Duration turnTimeout,
            List<TurnProtocol> protocols) {
        this.probe = probe;
        this.endpoint = URI.create("ws://" + base.getAuthority() + "/ws/chat");
        this.origin = base.toString();
        this.mix = mix;
        this.thinkTime = thinkTime;
        this.turnTimeout = turnTimeout;
        this.protocols = List.copyOf(protocols);
        this.webSockets = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(callbacks)
                .build();
        this.api = CitizenApi.overLoopback(base);
    }

    /** Connects this many citizens; returns how many made it within the time limit. */
    int connect(int count, Duration limit) throws InterruptedException {
        Semaphore slots = new Semaphore(CONNECTING_AT_ONCE);
        List<CompletableFuture<CitizenSession>> pending = new ArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            if (!slots.tryAcquire(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                break;
            }
            CompletableFuture<CitizenSession> connecting = new CitizenSession(i, this).connect();
            connecting.whenComplete((session, failure) -> slots.release());
            pending.add(connecting);
        }
        for (CompletableFuture<CitizenSession> connecting : pending) {
            try {
                sessions.add(connecting.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (Exception failedOrLate) {
                firstOpenFailure.compareAndSet(
                        null,
                        failedOrLate.getCause() != null
                                ? failedOrLate.getCause().toString()
                                : failedOrLate.toString());
            }
        }
        return sessions.size();
    }

    /**
     * Runs a closed loop on the first {@code active} citizens: warm-up (not recorded), then the measured window, then
     * a bounded wait for the turns still in flight.
     */
    LatencyRecorder.Window run(TurnProtocol protocol, int active, Duration warmup, Duration measured)
            throws InterruptedException {
        LatencyRecorder recorder = new LatencyRecorder(probe::cpuSeconds);
        Phase phase = new Phase(protocol, recorder);
        sessions.stream().limit(active).forEach(session -> session.begin(phase));
        Thread.sleep(warmup.toMillis());
        recorder.open();
        Thread.sleep(measured.toMillis());
        recorder.close();
        phase.stop();
        long drainDeadline = System.nanoTime()
                + turnTimeout.toNanos()
                + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < drainDeadline && !sessions.stream().allMatch(CitizenSession::idle)) {
            Thread.sleep(20);
        }
        return recorder.window();
    }

    /** True when the first citizen's single message with this protocol is answered in time. */
    boolean answers(TurnProtocol protocol) throws InterruptedException {
        if (sessions.isEmpty()) {
            return false;
        }
        LatencyRecorder recorder = new LatencyRecorder(() -> null);
        Phase probe = new Phase(protocol, recorder);
        probe.stop();
        recorder.open();
        CitizenSession first = sessions.get(0);
        first.sendOne(probe);
        long deadline = System.nanoTime()
                + turnTimeout.toNanos()
                + Duration.ofSeconds(1).toNanos();
        while (!first.idle() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        recorder.close();
        return recorder.window().operations() > 0;
    }

    int connected() {
        return (int) sessions.stream().filter(CitizenSession::isOpen).count();
    }

    int sessionsLost() {
        return sessionsLost.get();
    }

    long conversationsStarted() {
        return conversationsStarted.get();
    }

    String firstOpenFailure() {
        return firstOpenFailure.get();
    }

    /** Why the first lost session was lost, or null. */
    String firstLoss() {
        return firstLoss.get();
    }

    @Override
    public void close() throws InterruptedException {
        sessions.forEach(CitizenSession::close);
        Thread.sleep(500); // let the DISCONNECT and close frames leave before the threads go
        scheduler.shutdownNow();
        blockingCalls.shutdownNow();
        callbacks.shutdownNow();
    }

    void sessionLost(String why) {
        sessionsLost.incrementAndGet();
        firstLoss.compareAndSet(null, why);
    }

    void conversationStarted() {
        conversationsStarted.incrementAndGet();
    }

    void openFailed(Exception e) {
        firstOpenFailure.compareAndSet(null, String.valueOf(e));
    }

    URI endpoint() {
        return endpoint;
    }

    String origin() {
        return origin;
    }

    MessageMix mix() {
        return mix;
    }

    ThinkTime thinkTime() {
        return thinkTime;
    }

    Duration turnTimeout() {
        return turnTimeout;
    }

    List<TurnProtocol> protocols() {
        return protocols;
    }

    HttpClient webSockets() {
        return webSockets;
    }

    CitizenApi api() {
        return api;
    }

    ExecutorService blockingCalls() {
        return blockingCalls;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }
}
