package es.madrid.linea.bench.whatsapp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import es.madrid.linea.bench.load.DaemonThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Meta's Graph send API, played on loopback by the suite so the service's WhatsApp replies have somewhere real to go:
 * every {@code POST .../messages} is accepted with the Cloud API's success answer. Counts what it received, which
 * shows the bot kept up with the webhooks it acknowledged.
 */
public final class FakeGraphApi implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, DaemonThreads.named("bench-graph"));
    private final AtomicLong sends = new AtomicLong();

    private FakeGraphApi(HttpServer server) {
        this.server = server;
    }

    public static FakeGraphApi start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        FakeGraphApi graph = new FakeGraphApi(server);
        server.createContext("/", graph::answer);
        server.setExecutor(graph.threads);
        server.start();
        return graph;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public long sends() {
        return sends.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
        }
        boolean send = "POST".equals(exchange.getRequestMethod())
                && exchange.getRequestURI().getPath().endsWith("/messages");
        String answer;
        int status;
        if (send) {
            long n = sends.incrementAndGet();
            status = 200;
            answer = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"34600000000\","
                    + "\"wa_id\":\"34600000000\"}],\"messages\":[{\"id\":\"wamid.bench" + n + "\"}]}";
        } else {
            status = 404;
            answer = "{\"error\":{\"message\":\"Unknown path\",\"type\":\"OAuthException\",\"code\":803}}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
