package es.madrid.linea.bench.handoff;

import es.madrid.linea.bench.load.CitizenApi;
import es.madrid.linea.bench.load.WarmUp;
import es.madrid.linea.bench.report.Latency;
import es.madrid.linea.bench.report.ScenarioResult;
import es.madrid.linea.bench.service.ServiceProbe;
import es.madrid.linea.bench.stomp.StompInbox;
import es.madrid.linea.bench.stomp.StompSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Scenario 6a, switched on when the service has the agent console ({@code /ws/agent}): one agent (the embedded
 * {@code agent} account) available on the console, citizens asking one after another for a person. Measured: from the
 * citizen's request to the agent holding the handoff packet (the agent accepts the offer as soon as it appears, so
 * no human reaction time is included), and from the agent's reply to the citizen's web chat showing it. Each
 * conversation is closed afterwards so the agent's capacity stays free; the first handoffs are a warm-up.
 */
public final class HandoffScenario {

    public static final String NAME = "handoff-delivery";
    private static final String DESCRIPTION =
            "citizen asks for a person -> agent console holds the packet (agent accepts at once); agent reply -> citizen";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final URI base;
    private final ServiceProbe probe;
    private final String agentAuthorization;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public HandoffScenario(URI base, ServiceProbe probe, String agentPassword) {
        this.base = base;
        this.probe = probe;
        this.agentAuthorization = "Basic "
                + Base64.getEncoder().encodeToString(("agent:" + agentPassword).getBytes(StandardCharsets.UTF_8));
    }

    public ScenarioResult run(int samples) throws IOException, InterruptedException {
        HttpResponse<Void> console = http.send(
                HttpRequest.newBuilder(base.resolve(AgentConsole.ENDPOINT))
                        .header("Authorization", agentAuthorization)
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (console.statusCode() == 404) {
            return ScenarioResult.notAvailable(
                    NAME,
                    DESCRIPTION,
                    "no agent console in this build (GET " + AgentConsole.ENDPOINT + " answered 404)");
        }
        return measure(samples);
    }

    private ScenarioResult measure(int samples) throws InterruptedException {
        ScenarioResult.Builder result = ScenarioResult.builder(NAME, DESCRIPTION);
        Histogram toPacket = new Histogram(3);
        Histogram toOffer = new Histogram(3);
        Histogram agentToCitizen = new Histogram(3);
        CitizenApi citizens = new CitizenApi(http, base);
        StompInbox agentInbox = new StompInbox();
        StompInbox citizenInbox = new StompInbox();
        long errors = 0;
        String firstError = null;
        long started = System.nanoTime();
        StompSession agent = null;
        StompSession citizen = null;
        try {
            agent = connect(AgentConsole.ENDPOINT, Map.of("Authorization", agentAuthorization), agentInbox);
            citizen = connect("/ws/chat", Map.of("Origin", base.toString()), citizenInbox);
            AgentConsole console = new AgentConsole(agent, agentInbox, WAIT);
            console.becomeAvailable();
            for (int i = -WarmUp.before(samples); i < samples; i++) {
                if (i == 0) {
                    toPacket.reset();
                    toOffer.reset();
                    agentToCitizen.reset();
                }
                try {
                    sample(citizens, citizen, citizenInbox, console, toPacket, toOffer, agentToCitizen);
                } catch (IllegalStateException | IOException e) {
                    errors++;
                    firstError = firstError == null ? e.getMessage() : firstError;
                }
            }
        } catch (Exception e) {
            return ScenarioResult.failed(NAME, DESCRIPTION, "could not set up the agent and the citizen: " + e);
        } finally {
            close(agent);
            close(citizen);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Latency packet = Latency.ofMicros(toPacket);
        return result.operations(toPacket.getTotalCount())
                .errors(errors)
                .latency(packet)
                .durationSeconds(seconds)
                .memory(probe.memory(false))
                .note(firstError)
                .detail("offerLatency", Latency.ofMicros(toOffer))
                .detail("agentToCitizenLatency", Latency.ofMicros(agentToCitizen))
                .build();
    }

    private void sample(
            CitizenApi citizens,
            StompSession citizen,
            StompInbox citizenInbox,
            AgentConsole console,
            Histogram toPacket,
            Histogram toOffer,
            Histogram agentToCitizen)
            throws IOException, InterruptedException {
        String id = citizens.open();
        String topic = "/topic/conversations." + id;
        String subscription = citizen.subscribe(topic);
        try {
            long asked = AskForAPerson.ask(citizens, id);
            long offered = console.awaitOffer(id);
            long packet = console.acceptAndAwaitPacket(id);
            toOffer.recordValue(TimeUnit.NANOSECONDS.toMicros(offered - asked));
            toPacket.recordValue(TimeUnit.NANOSECONDS.toMicros(packet - asked));

            long replied = console.reply(id, "Hola, soy Marta, de Línea Madrid. ¿En qué puedo ayudarte?");
            long seen = citizenInbox
                    .await(topic, event -> "agent".equals(event.path("type").asString("")), WAIT)
                    .nanos();
            agentToCitizen.recordValue(TimeUnit.NANOSECONDS.toMicros(seen - replied));
            console.close(id);
        } finally {
            citizen.unsubscribe(subscription);
        }
    }

    private StompSession connect(String endpoint, Map<String, String> headers, StompInbox inbox) throws Exception {
        URI uri = URI.create("ws://" + base.getAuthority() + endpoint);
        return StompSession.connect(http, uri, headers, inbox).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static void close(StompSession session) {
        if (session != null) {
            session.close();
        }
    }
}
