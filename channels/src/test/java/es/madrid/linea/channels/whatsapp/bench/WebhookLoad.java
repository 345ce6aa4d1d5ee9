package es.madrid.linea.channels.whatsapp.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load client for the WhatsApp webhook, run in its own process (JDK only: {@code java WebhookLoad.java ...}). It plays
 * both of Meta's sides on loopback: it posts signed webhook requests (a text from one of many citizens, each with a
 * fresh wamid) at a fixed rate, open loop, for a bounded time, and it serves the Graph send endpoint that the service
 * answers through. It prints the acknowledgement latency (request sent to response received, counted from when each
 * request was due, so a slow server cannot hide its backlog) as p50/p90/p99/max.
 *
 * <p>Options: {@code --target http://127.0.0.1:8080 --rate 300 --seconds 30 --warmup 5 --citizens 2000 --secret S
 * --phone-number-id ID --graph-port 18099}
 */
public final class WebhookLoad {

    private static final String[] TEXTS = {
        "gracias", "hola", "¿Dónde pago el IBI?", "Quiero pedir cita para empadronarme",
        "La farola de mi calle no funciona", "ayuda", "adiós", "¿Qué documentos necesito?"
    };

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI target = URI.create(options.getOrDefault("target", "http://127.0.0.1:8080") + "/webhooks/whatsapp");
        int rate = Integer.parseInt(options.getOrDefault("rate", "300"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        int citizens = Integer.parseInt(options.getOrDefault("citizens", "2000"));
        String secret = options.getOrDefault("secret", "bench-app-secret");
        String phoneNumberId = options.getOrDefault("phone-number-id", "1122334455667");
        int graphPort = Integer.parseInt(options.getOrDefault("graph-port", "18099"));

        HttpServer graph = graph(graphPort);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String run = Long.toString(System.currentTimeMillis(), 36);

        System.out.printf("warm-up: %d s at %d requests/s%n", warmup, rate);
        fire(target, mac, phoneNumberId, run + "w", rate, warmup, citizens, null);
        System.out.printf("measuring: %d s at %d requests/s, %d citizens%n", seconds, rate, citizens);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Result result = fire(target, mac, phoneNumberId, run, rate, seconds, citizens, latencies);
        graph.stop(0);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "requests %d, answered 200 %d, other answers %d, failures %d, achieved %.1f requests/s%n",
                result.sent, result.ok, result.other, result.failed, result.sent / result.elapsedSeconds);
        System.out.printf(
                "ack latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), percentile(sorted, 100));
        System.out.printf("graph sends served meanwhile: %d%n", GRAPH_SENDS.get());
        System.exit(result.ok == result.sent ? 0 : 1);
    }

    private record Result(long sent, long ok, long other, long failed, double elapsedSeconds) {}

    private static final AtomicLong GRAPH_SENDS = new AtomicLong();
    private static final AtomicInteger FAILURES_SHOWN = new AtomicInteger();
    /** Enough workers that a slow answer does not hold back the next requests (they queue on the server). */
    private static final int WORKERS = 256;

    /**
     * Sends {@code rate × seconds} requests, each due at its own instant (start + i / rate), from a pool of workers
     * with keep-alive connections; a request that starts late because every worker was busy still counts from when
     * it was due.
     */
    private static Result fire(
            URI target,
            Mac mac,
            String phoneNumberId,
            String run,
            int rate,
            int seconds,
            int citizens,
            List<Long> latencies)
            throws InterruptedException {
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long total = (long) rate * seconds;
        AtomicLong next = new AtomicLong();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        for (int w = 0; w < WORKERS; w++) {
            workers.execute(() -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * period;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    byte[] body = body(phoneNumberId, "3460" + String.format("%07d", i % citizens), run + "-" + i, i);
                    int status = post(target, body, sign(mac, body));
                    long latency = System.nanoTime() - due;
                    if (status == 200) {
                        ok.incrementAndGet();
                    } else if (status > 0) {
                        other.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                    if (latencies != null) {
                        latencies.add(latency);
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(total, ok.get(), other.get(), failed.get(), elapsed);
    }

    private static String sign(Mac prototype, byte[] body) {
        try {
            Mac mac = (Mac) prototype.clone();
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One request over a kept-alive connection; the status, or -1 when it failed. */
    private static int post(URI target, byte[] body, String signature) {
        try {
            HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(30000);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("X-Hub-Signature-256", signature);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes(); // read to the end, so the connection is kept alive for the next request
                }
            }
            return status;
        } catch (IOException e) {
            if (FAILURES_SHOWN.incrementAndGet() <= 3) {
                System.out.println("failure: " + e);
            }
            return -1;
        }
    }

    private static byte[] body(String phoneNumberId, String waId, String wamid, long i) {
        String text = TEXTS[(int) (i % TEXTS.length)];
        String json = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"264937493375603\",\"changes\":[{"
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"34910000000\","
                + "\"phone_number_id\":\"" + phoneNumberId + "\"},\"contacts\":[{\"profile\":{\"name\":\"Bench\"},"
                + "\"wa_id\":\"" + waId + "\"}],\"messages\":[{\"from\":\"" + waId + "\",\"id\":\"wamid.BENCH" + wamid
                + "\",\"timestamp\":\"" + Instant.now().getEpochSecond() + "\",\"text\":{\"body\":\"" + text
                + "\"},\"type\":\"text\"}]},\"field\":\"messages\"}]}]}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The Graph send endpoint as Meta answers it: 200 with a fresh wamid. */
    private static HttpServer graph(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            byte[] answer = ("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.GRAPH"
                            + GRAPH_SENDS.incrementAndGet() + "x" + System.nanoTime() + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return server;
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
