package es.madrid.linea.channels.whatsapp.outbound;

import es.madrid.linea.channels.whatsapp.BackgroundThreads;
import es.madrid.linea.channels.whatsapp.Contacts;
import es.madrid.linea.channels.whatsapp.Contacts.Contact;
import es.madrid.linea.channels.whatsapp.outbound.Outbox.Entry;
import es.madrid.linea.channels.whatsapp.outbound.Outbox.Queued;
import es.madrid.linea.channels.whatsapp.outbound.Outbox.State;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the outbox. One dispatcher walks the queue in order and starts, for each citizen, only their oldest unsent
 * message, and only when the previous one to them has been answered and a short pause has passed: messages reach a
 * citizen one at a time, in order. Sends to everyone together are spaced to the number's throughput limit. A failure
 * that passes goes back to the queue with backoff; a refusal, a send with no answer (it may have arrived, so it is
 * never repeated) or a message outside the 24-hour window is reported through {@link DeliveryProblems}.
 */
public final class OutboxSender implements SmartLifecycle {

    /** The pause between two messages to the same citizen, so a burst of replies arrives as a conversation. */
    static final Duration CITIZEN_PAUSE = Duration.ofMillis(800);

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration TICK = Duration.ofMillis(500);
    private static final int QUEUE_WINDOW = 2000;
    /** Sends wait on the network: 80 messages/s at Graph's usual 100-200 ms needs about this many at once. */
    private static final int SENDERS = 16;

    private final Outbox outbox;
    private final Contacts contacts;
    private final GraphApi graph;
    private final SendRate rate;
    private final Backoff backoff;
    private final DeliveryProblems problems;
    private final Clock clock;
    private final JsonMapper json;

    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();
    private final AtomicBoolean dispatchQueued = new AtomicBoolean();
    private volatile boolean running;
    private ScheduledExecutorService dispatcher;
    private ExecutorService senders;

    public OutboxSender(
            Outbox outbox,
            Contacts contacts,
            GraphApi graph,
            int messagesPerSecond,
            DeliveryProblems problems,
            Clock clock,
            JsonMapper json) {
        this(outbox, contacts, graph, new SendRate(messagesPerSecond), Backoff.standard(), problems, clock, json);
    }

    OutboxSender(
            Outbox outbox,
            Contacts contacts,
            GraphApi graph,
            SendRate rate,
            Backoff backoff,
            DeliveryProblems problems,
            Clock clock,
            JsonMapper json) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.graph = graph;
        this.rate = rate;
        this.backoff = backoff;
        this.problems = problems;
        this.clock = clock;
        this.json = json;
    }

    /** Looks at the queue soon (something was queued or released). */
    public void wake() {
        if (running && dispatchQueued.compareAndSet(false, true)) {
            try {
                dispatcher.execute(this::dispatch);
            } catch (RuntimeException stopping) {
                dispatchQueued.set(false);
            }
        }
    }

    Backoff backoff() {
        return backoff;
    }

    @Override
    public void start() {
        for (Entry interrupted : outbox.abandonInterrupted()) {
            problems.report(interrupted, DeliveryProblems.UNCERTAIN, "the service stopped while it was being sent");
        }
        dispatcher = Executors.newSingleThreadScheduledExecutor(BackgroundThreads.named("whatsapp-dispatch"));
        senders = Executors.newFixedThreadPool(SENDERS, BackgroundThreads.named("whatsapp-send"));
        running = true;
        dispatcher.scheduleWithFixedDelay(this::dispatch, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        dispatcher.shutdown();
        // Requests in flight get their answer, so their rows do not end uncertain.
        BackgroundThreads.stop(senders, graph.responseTimeout().plusSeconds(1));
        BackgroundThreads.stop(dispatcher, Duration.ofSeconds(2));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops before the web server and the database go, after the inbox processor (which queues replies).
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    private void dispatch() {
        dispatchQueued.set(false);
        if (!running) {
            return;
        }
        try {
            Instant now = clock.instant();
            pausedUntil.values().removeIf(until -> !until.isAfter(now));
            Set<String> seen = new HashSet<>();
            for (Queued head : outbox.queue(QUEUE_WINDOW)) {
                if (!running) {
                    return;
                }
                if (!seen.add(head.citizenKey()) || !ready(head, now)) {
                    continue; // only each citizen's oldest message may go, and only when it is due
                }
                Optional<Entry> claimed = outbox.claim(head.id());
                if (claimed.isPresent()) {
                    inFlight.add(head.citizenKey());
                    rate.acquire();
                    senders.execute(() -> send(claimed.get()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("WhatsApp outbox dispatch failed; next pass in {} ms", TICK.toMillis(), e);
        }
    }

    private boolean ready(Queued head, Instant now) {
        if (head.state() != State.PENDING || inFlight.contains(head.citizenKey())) {
            return false;
        }
        Instant paused = pausedUntil.get(head.citizenKey());
        return !head.nextAttemptAt().isAfter(now) && (paused == null || !paused.isAfter(now));
    }

    private void send(Entry entry) {
        try {
            deliver(entry);
        } catch (RuntimeException e) {
            log.warn("WhatsApp message {} could not be processed; it will be tried again", entry.key(), e);
            retryLater(entry, "internal error: " + e.getClass().getSimpleName(), null);
        } finally {
            pausedUntil.put(entry.citizenKey(), clock.instant().plus(CITIZEN_PAUSE));
            inFlight.remove(entry.citizenKey());
            wakeIn(CITIZEN_PAUSE);
        }
    }

    private void deliver(Entry entry) {
        Optional<Contact> contact = contacts.of(entry.citizenKey());
        if (contact.isEmpty()) {
            finish(entry, State.FAILED, DeliveryProblems.FAILED, "no WhatsApp number known for this citizen");
            return;
        }
        if (entry.freeForm() && !contact.get().withinServiceWindow(clock.instant())) {
            hold(entry, "more than 24 hours since the citizen last wrote");
            return;
        }
        ObjectNode body = GraphMessages.addressedTo(
                (ObjectNode) json.readTree(entry.body()), contact.get().waId());
        SendOutcome outcome = graph.send(body);
        if (outcome instanceof SendOutcome.Accepted accepted) {
            outbox.sent(entry.id(), accepted.wamid(), clock.instant());
        } else if (outcome instanceof SendOutcome.Retry retry) {
            retryLater(entry, retry.reason(), retry.after());
        } else if (outcome instanceof SendOutcome.OutsideWindow outside) {
            hold(entry, outside.reason());
        } else if (outcome instanceof SendOutcome.Uncertain uncertain) {
            finish(entry, State.UNCERTAIN, DeliveryProblems.UNCERTAIN, uncertain.reason());
        } else {
            finish(entry, State.FAILED, DeliveryProblems.FAILED, outcome.reason());
        }
    }

    /** Another attempt later, or the end of the road when the attempts are spent. */
    void retryLater(Entry entry, String reason, Duration requested) {
        int attempts = entry.attempts() + 1;
        if (backoff.exhausted(attempts)) {
            finish(entry, State.FAILED, DeliveryProblems.FAILED, "gave up after " + attempts + " attempts: " + reason);
            return;
        }
        Duration wait = backoff.after(attempts, requested);
        log.info(
                "WhatsApp message {} to citizen {}: {}; attempt {} in {} ms",
                entry.key(),
                entry.citizenKey(),
                reason,
                attempts + 1,
                wait.toMillis());
        outbox.retryAt(entry.id(), attempts, clock.instant().plus(wait), reason);
        wakeIn(wait);
    }

    private void wakeIn(Duration delay) {
        if (!running) {
            return;
        }
        try {
            dispatcher.schedule(this::wake, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // Stopping: the queue is read again at the next start.
        }
    }

    void hold(Entry entry, String reason) {
        finish(entry, State.HELD, DeliveryProblems.OUTSIDE_WINDOW, reason);
    }

    void finish(Entry entry, State state, String outcome, String reason) {
        outbox.finish(entry.id(), state, reason);
        problems.report(entry, outcome, reason);
    }
}
