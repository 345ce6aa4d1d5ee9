package es.madrid.linea.channels.whatsapp.webhook;

import es.madrid.linea.channels.whatsapp.BackgroundThreads;
import es.madrid.linea.channels.whatsapp.JsonFields;
import es.madrid.linea.channels.whatsapp.outbound.DeliveryStatuses;
import es.madrid.linea.channels.whatsapp.webhook.Inbox.Row;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processes the inbox after the webhook has answered: one lane per citizen, so a citizen's messages are handled one
 * at a time in arrival order while different citizens are handled in parallel. At start, and every second after,
 * whatever is still pending and due (left by a stop, or waiting for a retry) is picked up again. A message whose
 * processing fails is retried with backoff and holds back the citizen's later messages (their order matters); a
 * status that names a message not known yet (its send's answer may still be on its way) is retried for a few
 * minutes and then dropped.
 */
public final class InboxProcessor implements SmartLifecycle {

    static final int MAX_ATTEMPTS = 10;
    static final Duration STATUS_PATIENCE = Duration.ofMinutes(5);
    static final Duration RETENTION = Duration.ofDays(14);

    private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);
    /** A turn may wait on back-office systems (alerts, appointments): a few lanes run at once. */
    private static final int WORKERS = 4;

    private static final int BATCH = 50;
    private static final Duration SWEEP = Duration.ofSeconds(1);
    private static final Duration PURGE = Duration.ofHours(1);
    /** How long a stored update may wait for its lane before the sweep signals it again. */
    private static final Duration UNSIGNALLED = Duration.ofSeconds(30);

    private final Inbox inbox;
    private final CitizenMessages messages;
    private final DeliveryStatuses statuses;
    private final Clock clock;
    private final JsonMapper json;

    private volatile boolean running;
    private ExecutorService workers;
    private ScheduledExecutorService sweeper;
    private CitizenLanes lanes;

    InboxProcessor(Inbox inbox, CitizenMessages messages, DeliveryStatuses statuses, Clock clock, JsonMapper json) {
        this.inbox = inbox;
        this.messages = messages;
        this.statuses = statuses;
        this.clock = clock;
        this.json = json;
    }

    /** A citizen's update was just stored: process it soon. */
    void accepted(String citizenKey) {
        if (running) {
            lanes.signal(citizenKey);
        }
    }

    @Override
    public void start() {
        workers = Executors.newFixedThreadPool(WORKERS, BackgroundThreads.named("whatsapp-inbox"));
        sweeper = Executors.newSingleThreadScheduledExecutor(BackgroundThreads.named("whatsapp-inbox-sweep"));
        lanes = new CitizenLanes(workers, this::drain);
        running = true;
        // At start everything pending is picked up; after that, retries and whatever no signal has taken for a while.
        sweeper.execute(() -> sweep(clock.instant()));
        sweeper.scheduleWithFixedDelay(
                () -> sweep(clock.instant().minus(UNSIGNALLED)),
                SWEEP.toMillis(),
                SWEEP.toMillis(),
                TimeUnit.MILLISECONDS);
        sweeper.scheduleWithFixedDelay(this::purge, PURGE.toMillis(), PURGE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        sweeper.shutdownNow();
        // Messages being handled get a moment to finish; what is left stays pending for the next start.
        BackgroundThreads.stop(workers, Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops before the outbox sender (which sends what processing queues).
        return SmartLifecycle.DEFAULT_PHASE - 512;
    }

    private void sweep(Instant unsignalledBefore) {
        try {
            for (String citizenKey : inbox.citizensDue(clock.instant(), unsignalledBefore, 1000)) {
                lanes.signal(citizenKey);
            }
        } catch (RuntimeException e) {
            log.warn("WhatsApp inbox sweep failed; next one in {} ms", SWEEP.toMillis(), e);
        }
    }

    private void purge() {
        try {
            int purged = inbox.purgeProcessedBefore(clock.instant().minus(RETENTION));
            if (purged > 0) {
                log.info("purged {} processed WhatsApp updates older than {} days", purged, RETENTION.toDays());
            }
        } catch (RuntimeException e) {
            log.warn("WhatsApp inbox purge failed", e);
        }
    }

    /** Processes a citizen's due updates in order; a message that cannot be processed now holds back the rest. */
    private void drain(String citizenKey) {
        while (running) {
            List<Row> pending = inbox.pendingOf(citizenKey, BATCH);
            boolean progressed = false;
            for (Row row : pending) {
                if (!running || Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (row.nextAttemptAt().isAfter(clock.instant())) {
                    if (row.kind() == InboxUpdate.Kind.MESSAGE) {
                        return;
                    }
                    continue;
                }
                boolean done = row.kind() == InboxUpdate.Kind.MESSAGE ? message(row) : status(row);
                if (!done && row.kind() == InboxUpdate.Kind.MESSAGE) {
                    return;
                }
                progressed |= done;
            }
            if (!progressed || pending.size() < BATCH) {
                return;
            }
        }
    }

    private boolean message(Row row) {
        try {
            String outcome = messages.handle(row);
            inbox.finish(row.id(), Inbox.State.DONE, outcome, clock.instant());
            return true;
        } catch (RuntimeException e) {
            int attempts = row.attempts() + 1;
            if (attempts >= MAX_ATTEMPTS) {
                log.error(
                        "WhatsApp message {} of citizen {} failed {} times; giving up",
                        row.key(),
                        row.citizenKey(),
                        attempts,
                        e);
                inbox.finish(row.id(), Inbox.State.FAILED, failure(e), clock.instant());
                return true;
            }
            Duration wait = Duration.ofSeconds(Math.min(1L << attempts, 300));
            log.warn(
                    "WhatsApp message {} of citizen {} failed (attempt {}); again in {} s",
                    row.key(),
                    row.citizenKey(),
                    attempts,
                    wait.toSeconds(),
                    e);
            inbox.retryAt(row.id(), attempts, clock.instant().plus(wait), failure(e));
            return false;
        }
    }

    private boolean status(Row row) {
        JsonNode status = json.readTree(row.payload());
        JsonNode error = status.path("errors").path(0);
        String code = JsonFields.scalar(error, "code");
        DeliveryStatuses.Result result = statuses.apply(
                JsonFields.text(status, "id"),
                JsonFields.text(status, "status"),
                timestamp(status, row.receivedAt()),
                code != null && code.matches("\\d{1,9}") ? Integer.valueOf(code) : null,
                JsonFields.text(error, "title"));
        Instant now = clock.instant();
        if (result == DeliveryStatuses.Result.RECORDED) {
            inbox.finish(row.id(), Inbox.State.DONE, "recorded", now);
        } else if (row.receivedAt().plus(STATUS_PATIENCE).isBefore(now)) {
            inbox.finish(row.id(), Inbox.State.DONE, "not a message of ours", now);
        } else {
            inbox.retryAt(row.id(), row.attempts() + 1, now.plusSeconds(2), "message not known yet");
        }
        return true;
    }

    private static Instant timestamp(JsonNode status, Instant fallback) {
        String seconds = JsonFields.scalar(status, "timestamp");
        return seconds != null && seconds.matches("\\d{1,12}")
                ? Instant.ofEpochSecond(Long.parseLong(seconds))
                : fallback;
    }

    private static String failure(RuntimeException e) {
        return "failed: " + e.getClass().getSimpleName();
    }
}
