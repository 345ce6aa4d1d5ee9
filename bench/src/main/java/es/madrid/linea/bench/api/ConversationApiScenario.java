package es.madrid.linea.bench.api;

import es.madrid.linea.bench.load.CitizenApi;
import es.madrid.linea.bench.load.DaemonThreads;
import es.madrid.linea.bench.load.LatencyRecorder;
import es.madrid.linea.bench.load.LatencyRecorder.Window;
import es.madrid.linea.bench.load.MessageMix;
import es.madrid.linea.bench.load.ThinkTime;
import es.madrid.linea.bench.report.ScenarioResult;
import es.madrid.linea.bench.service.ServiceProbe;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 4, the integration path: clients of the conversations API ({@code POST /api/v1/conversations/{id}/messages})
 * in a closed loop, each on its own conversation, with the same message mix as the web chat. The answer of each
 * request carries the bot's replies, so the request's latency is the whole turn.
 */
public final class ConversationApiScenario {

    public static final String NAME = "conversation-api";

    /** @param clients concurrent clients in the closed loop */
    public record Settings(int clients, ThinkTime thinkTime, Duration warmup, Duration measured) {}

    private final CitizenApi api;
    private final ServiceProbe probe;
    private final MessageMix mix;
    private final Settings settings;
    private final AtomicLong conversationsOpened = new AtomicLong();

    public ConversationApiScenario(URI base, ServiceProbe probe, MessageMix mix, Settings settings) {
        this.api = CitizenApi.overLoopback(base);
        this.probe = probe;
        this.mix = mix;
        this.settings = settings;
    }

    public ScenarioResult run() throws InterruptedException {
        ScenarioResult.Builder result = ScenarioResult.builder(
                NAME, "conversations API over HTTP: POST a citizen message, the answer carries the bot's replies");
        LatencyRecorder recorder = new LatencyRecorder(probe::cpuSeconds);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(settings.clients(), DaemonThreads.named("bench-api"));
        for (int i = 0; i < settings.clients(); i++) {
            int client = i;
            clients.execute(() -> loop(client, recorder, running));
        }
        Thread.sleep(settings.warmup().toMillis());
        recorder.open();
        Thread.sleep(settings.measured().toMillis());
        recorder.close();
        running.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(40, TimeUnit.SECONDS)) {
            clients.shutdownNow();
        }
        Window window = recorder.window();
        return window.into(result, "turns/s")
                .memory(probe.memory(false))
                .detail("clients", settings.clients())
                .detail(
                        "thinkTimeMs",
                        List.of(
                                settings.thinkTime().minMillis(),
                                settings.thinkTime().maxMillis()))
                .detail("conversationsOpened", conversationsOpened.get())
                .build();
    }

    /** A refused or failed request is not retried at once, so a broken service is not hammered in a tight loop. */
    private static void pauseAfterFailure() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop(int client, LatencyRecorder recorder, AtomicBoolean running) {
        String conversation = null;
        long turn = 0;
        while (running.get()) {
            try {
                if (conversation == null) {
                    conversation = api.open();
                    conversationsOpened.incrementAndGet();
                }
                turn++;
                long start = System.nanoTime();
                JsonNode answer = api.send(conversation, mix.get(client * 7_919L + turn), "api-" + client + "-" + turn);
                recorder.success(start);
                if (!"bot".equals(answer.path("status").asString(""))) {
                    conversation = null; // handed to a person or closed: the next message starts over
                }
                Thread.sleep(settings.thinkTime().nextMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                recorder.error();
                conversation = null;
                pauseAfterFailure();
            }
        }
    }
}
