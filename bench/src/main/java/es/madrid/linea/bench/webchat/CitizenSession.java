package es.madrid.linea.bench.webchat;

import es.madrid.linea.bench.load.CitizenApi;
import es.madrid.linea.bench.stomp.StompFrame;
import es.madrid.linea.bench.stomp.StompSession;
import es.madrid.linea.bench.webchat.TurnProtocol.Progress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One simulated citizen with the web chat open: a conversation opened over HTTP (as the widget does), one STOMP
 * connection subscribed to the conversation's topics and to its error queue, and, while active, a closed loop of
 * message, answer, think time, next message. A citizen whose conversation leaves the bot, or whose conversation has
 * had its usual length ({@link TurnProtocol#turnsPerConversation()}), opens a new one, as someone starting over or
 * coming back with another question would.
 */
final class CitizenSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int index;
    private final WebChatLoad load;
    private StompSession stomp;
    private String conversationId;
    private String[] topicSubscriptions = new String[0];
    private long turnNumber;
    private int turnsInConversation;
    private Phase phase;
    private TurnProtocol.Turn turn;
    private long sentAt;

    CitizenSession(int index, WebChatLoad load) {
        this.index = index;
        this.load = load;
    }

    /** Opens a conversation, connects and subscribes; completes when the session is ready for turns. */
    CompletableFuture<CitizenSession> connect() {
        return CompletableFuture.supplyAsync(this::firstConversation, load.blockingCalls())
                .thenCompose(id -> StompSession.connect(
                        load.webSockets(), load.endpoint(), Map.of("Origin", load.origin()), this::onFrame))
                .thenApply(session -> {
                    synchronized (this) {
                        stomp = session;
                        stomp.subscribe("/user/queue/errors");
                        subscribeTopics();
                    }
                    // As stompjs does: a heart-beat every interval, from the moment the connection is up.
                    long interval = StompSession.HEART_BEAT_MILLIS;
                    load.scheduler()
                            .scheduleAtFixedRate(
                                    this::heartBeat,
                                    ThreadLocalRandom.current().nextLong(interval),
                                    interval,
                                    TimeUnit.MILLISECONDS);
                    return this;
                });
    }

    /** Starts the closed loop of a phase after a random delay within one think time, so citizens do not align. */
    synchronized void begin(Phase next) {
        phase = next;
        load.scheduler().schedule(this::sendTurn, load.thinkTime().nextMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized boolean idle() {
        return turn == null;
    }

    private void heartBeat() {
        StompSession session = stomp;
        if (session != null && session.isOpen()) {
            session.heartBeat();
        }
    }

    boolean isOpen() {
        StompSession session = stomp;
        return session != null && session.isOpen();
    }

    void close() {
        StompSession session = stomp;
        if (session != null) {
            session.close();
        }
    }

    /** Sends one message of the phase's protocol, whether or not the phase is running (a probe). */
    synchronized void sendOne(Phase probe) {
        phase = probe;
        startTurn();
    }

    private synchronized void sendTurn() {
        if (phase == null || !phase.running() || !stomp.isOpen()) {
            return;
        }
        startTurn();
    }

    /** Caller holds the lock. */
    private void startTurn() {
        turnNumber++;
        String messageId = "bench-" + index + "-" + turnNumber;
        String text = load.mix().get(index * 7_919L + turnNumber);
        turn = phase.protocol().watch(messageId);
        long number = turnNumber;
        sentAt = System.nanoTime();
        stomp.send(phase.protocol().destination(conversationId), CitizenApi.body(text, messageId));
        load.scheduler().schedule(() -> timeOut(number), load.turnTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void timeOut(long number) {
        if (turn != null && turnNumber == number) {
            phase.recorder().error();
            finishTurn(false);
        }
    }

    private void onFrame(StompFrame frame) {
        if ("ERROR".equals(frame.command())) {
            load.sessionLost("ERROR frame: " + frame.header("message") + " " + frame.body());
            synchronized (this) {
                if (turn != null) {
                    phase.recorder().error();
                    turn = null;
                }
            }
            return;
        }
        if (!"MESSAGE".equals(frame.command())) {
            return;
        }
        JsonNode body = JSON.readTree(frame.body());
        String destination = frame.header("destination");
        synchronized (this) {
            if (turn == null) {
                return;
            }
            if (destination != null && destination.startsWith("/user/")) {
                // A refused message: the service explained why on the error queue.
                phase.recorder().error();
                finishTurn(true);
                return;
            }
            Progress progress = turn.onEvent(body);
            if (progress != Progress.WAITING) {
                phase.recorder().success(sentAt);
                turnsInConversation++;
                int settled = phase.protocol().turnsPerConversation();
                finishTurn(progress == Progress.LEFT_THE_BOT || (settled > 0 && turnsInConversation >= settled));
            }
        }
    }

    /** Caller holds the lock. */
    private void finishTurn(boolean startOver) {
        turn = null;
        if (!phase.running()) {
            return;
        }
        if (startOver) {
            load.conversationStarted();
            CompletableFuture.runAsync(this::startOver, load.blockingCalls());
        } else {
            load.scheduler().schedule(this::sendTurn, load.thinkTime().nextMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void startOver() {
        String id = openConversation();
        synchronized (this) {
            if (id == null || !stomp.isOpen()) {
                return;
            }
            turnsInConversation = 0;
            for (String subscription : topicSubscriptions) {
                stomp.unsubscribe(subscription);
            }
            subscribeTopics();
            load.scheduler().schedule(this::sendTurn, load.thinkTime().nextMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Caller holds the lock. */
    private void subscribeTopics() {
        topicSubscriptions = load.protocols().stream()
                .map(protocol -> stomp.subscribe(protocol.topic(conversationId)))
                .toArray(String[]::new);
    }

    /** Opens a new conversation over HTTP; null (and counted) when the service refused. */
    private String openConversation() {
        try {
            String id = load.api().open();
            synchronized (this) {
                conversationId = id;
            }
            return id;
        } catch (Exception e) {
            load.openFailed(e);
            return null;
        }
    }

    private String firstConversation() {
        String id = openConversation();
        if (id == null) {
            throw new IllegalStateException("the service did not open a conversation");
        }
        return id;
    }
}
