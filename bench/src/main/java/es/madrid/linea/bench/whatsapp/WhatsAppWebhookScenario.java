package es.madrid.linea.bench.whatsapp;

import es.madrid.linea.bench.load.DaemonThreads;
import es.madrid.linea.bench.load.LatencyRecorder;
import es.madrid.linea.bench.load.LatencyRecorder.Window;
import es.madrid.linea.bench.load.MessageMix;
import es.madrid.linea.bench.report.ScenarioResult;
import es.madrid.linea.bench.report.Target;
import es.madrid.linea.bench.service.ServiceProbe;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Scenario 6b: WhatsApp webhook acknowledgement under a sustained load, as Meta delivers it: signed text messages
 * posted to {@code /webhooks/whatsapp} at a fixed rate (open loop, so a slow answer does not slow the sender), each
 * latency taken from when the request was due. Not available when the service answers the verification handshake
 * with 404 (no WhatsApp channel yet).
 */
public final class WhatsAppWebhookScenario {

    public static final String NAME = "whatsapp-webhook";
    private static final String DESCRIPTION =
            "signed WhatsApp text deliveries to /webhooks/whatsapp at a fixed rate (open loop): time to the 200";
    private static final String PATH = "/webhooks/whatsapp";
    private static final int CITIZENS = 500;

    /** @param perSecond deliveries per second */
    public record Settings(int perSecond, Duration warmup, Duration measured, Duration drain) {}

    private final URI webhook;
    private final ServiceProbe probe;
    private final MessageMix mix;
    private final WhatsAppSetup setup;
    private final FakeGraphApi graph;
    private final Settings settings;
    private final ExecutorService callbacks = Executors.newFixedThreadPool(2, DaemonThreads.named("bench-wa"));
    private final HttpClient http;

    public WhatsAppWebhookScenario(
            URI base, ServiceProbe probe, MessageMix mix, WhatsAppSetup setup, FakeGraphApi graph, Settings settings) {
        this.webhook = base.resolve(PATH);
        this.probe = probe;
        this.mix = mix;
        this.setup = setup;
        this.graph = graph;
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(callbacks)
                .build();
    }

    public ScenarioResult run() throws IOException, InterruptedException {
        try {
            String unavailable = unavailableBecause();
            if (unavailable != null) {
                return ScenarioResult.notAvailable(NAME, DESCRIPTION, unavailable);
            }
            return load();
        } finally {
            callbacks.shutdownNow();
        }
    }

    /** The verification handshake of the channel; null when the channel answers it. */
    private String unavailableBecause() throws IOException, InterruptedException {
        URI verify = URI.create(
                webhook + "?hub.mode=subscribe&hub.verify_token=" + setup.verifyToken() + "&hub.challenge=1158201444");
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(verify).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404) {
            return "no WhatsApp webhook in this build (GET " + PATH + " answered 404)";
        }
        if (answer.statusCode() != 200 || !answer.body().contains("1158201444")) {
            return "the webhook refused the verification handshake (" + answer.statusCode()
                    + "): is the channel configured by cibeles.whatsapp.*?";
        }
        return null;
    }

    private ScenarioResult load() throws InterruptedException {
        ScenarioResult.Builder result = ScenarioResult.builder(NAME, DESCRIPTION);
        LatencyRecorder recorder = new LatencyRecorder(probe::cpuSeconds);
        WebhookPayloads payloads = new WebhookPayloads(setup.phoneNumberId());
        Phaser inFlight = new Phaser(1);
        long periodNanos = 1_000_000_000L / settings.perSecond();
        long warmupCount = settings.warmup().toNanos() / periodNanos;
        long total = warmupCount + settings.measured().toNanos() / periodNanos;
        long sendsBefore = graph.sends();
        long start = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long due = start + n * periodNanos;
            LockSupport.parkNanos(due - System.nanoTime());
            if (n == warmupCount) {
                recorder.open();
            }
            int citizen = (int) (n % CITIZENS);
            String body = payloads.textMessage(
                    citizen, "wamid.bench." + start + "." + n, mix.get(n), System.currentTimeMillis() / 1000);
            deliver(body, due, recorder, inFlight);
        }
        recorder.close();
        inFlight.arriveAndDeregister();
        awaitQuietly(inFlight);
        Thread.sleep(settings.drain().toMillis()); // let the replies triggered by the last deliveries reach Graph
        Window window = recorder.window();
        return window.into(result, "acks/s")
                .memory(probe.memory(false))
                .detail("offeredPerSecond", settings.perSecond())
                .detail("citizens", CITIZENS)
                .detail("graphSendsDuringRun", graph.sends() - sendsBefore)
                .target(Target.atLeast("acks/s sustained", 300, Math.round(window.perSecond() * 10) / 10.0))
                .target(Target.atMost("p50 ms", 250, window.latency().p50()))
                .build();
    }

    private void deliver(String body, long due, LatencyRecorder recorder, Phaser inFlight) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", WebhookSignature.of(setup.appSecret(), bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        inFlight.register();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) -> {
            if (failure == null && answer.statusCode() == 200) {
                recorder.success(due);
            } else {
                recorder.error();
            }
            inFlight.arriveAndDeregister();
        });
    }

    private static void awaitQuietly(Phaser inFlight) throws InterruptedException {
        try {
            inFlight.awaitAdvanceInterruptibly(0, 15, TimeUnit.SECONDS);
        } catch (TimeoutException stillWaiting) {
            // Requests time out on their own after 10 s; whatever is left is counted as an error by then.
        }
    }
}
