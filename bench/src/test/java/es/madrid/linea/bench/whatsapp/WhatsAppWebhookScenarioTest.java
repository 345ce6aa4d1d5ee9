package es.madrid.linea.bench.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import es.madrid.linea.bench.load.MessageMix;
import es.madrid.linea.bench.report.ScenarioResult;
import es.madrid.linea.bench.service.ServiceProbe;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook load against a loopback stand-in for the service that checks what Meta's deliveries must carry. */
class WhatsAppWebhookScenarioTest {

    private final AtomicInteger badSignatures = new AtomicInteger();
    private final Set<String> wamids = ConcurrentHashMap.newKeySet();
    private HttpServer service;
    private FakeGraphApi graph;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop(0);
        }
        if (graph != null) {
            graph.close();
        }
    }

    @Test
    void signedDeliveriesAreSentAtTheRateAndTheirAcknowledgementsTimed() throws Exception {
        ScenarioResult result = runAgainstAService(true);

        assertThat(result.status()).isEqualTo(ScenarioResult.OK);
        assertThat(result.errors()).isZero();
        assertThat(badSignatures).hasValue(0);
        assertThat(result.operations()).isBetween(30L, 50L); // 40 per second for one second
        assertThat(wamids).hasSizeGreaterThanOrEqualTo(60); // warm-up and measured deliveries, each its own wamid
        assertThat(result.latency().p50()).isPositive();
        assertThat(result.targets()).extracting(t -> t.name()).contains("acks/s sustained", "p50 ms");
    }

    @Test
    void aServiceWithoutTheWebhookMakesTheScenarioNotAvailable() throws Exception {
        ScenarioResult result = runAgainstAService(false);

        assertThat(result.status()).isEqualTo(ScenarioResult.NOT_AVAILABLE);
        assertThat(result.note()).contains("404");
        assertThat(result.clean()).isTrue();
    }

    private ScenarioResult runAgainstAService(boolean withWebhook) throws Exception {
        graph = FakeGraphApi.start();
        WhatsAppSetup setup = WhatsAppSetup.fresh(graph.baseUrl());
        URI base = startService(setup, withWebhook);
        return scenario(base, setup).run();
    }

    private WhatsAppWebhookScenario scenario(URI base, WhatsAppSetup setup) {
        return new WhatsAppWebhookScenario(
                base,
                new ServiceProbe(base, ProcessHandle.current().pid(), "supervisor", "cibeles"),
                MessageMix.of(List.of("hola", "¿cómo pago el IBI?")),
                setup,
                graph,
                new WhatsAppWebhookScenario.Settings(40, Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ZERO));
    }

    private URI startService(WhatsAppSetup setup, boolean withWebhook) throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        if (withWebhook) {
            service.createContext("/webhooks/whatsapp", exchange -> webhook(exchange, setup));
        }
        service.start();
        return URI.create("http://127.0.0.1:" + service.getAddress().getPort());
    }

    private void webhook(HttpExchange exchange, WhatsAppSetup setup) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String answer = "";
        int status = 200;
        if ("GET".equals(exchange.getRequestMethod())) {
            String query = exchange.getRequestURI().getQuery();
            answer = query.contains("hub.verify_token=" + setup.verifyToken())
                    ? query.replaceAll(".*hub.challenge=(\\d+).*", "$1")
                    : "";
            status = answer.isEmpty() ? 403 : 200;
        } else {
            String signature = exchange.getRequestHeaders().getFirst("X-Hub-Signature-256");
            if (!WebhookSignature.of(setup.appSecret(), body).equals(signature)) {
                badSignatures.incrementAndGet();
                status = 401;
            }
            wamids.add(new String(body).replaceAll(".*\"id\":\"(wamid[^\"]+)\".*", "$1"));
        }
        byte[] bytes = answer.getBytes();
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
