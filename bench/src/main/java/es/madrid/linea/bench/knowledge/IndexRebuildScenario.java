package es.madrid.linea.bench.knowledge;

import es.madrid.linea.bench.load.WarmUp;
import es.madrid.linea.bench.report.Latency;
import es.madrid.linea.bench.report.ScenarioResult;
import es.madrid.linea.bench.report.Target;
import es.madrid.linea.bench.service.ServiceProbe;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Scenario 6c, switched on when the service has the knowledge base and its editor API: how long the index takes to
 * take in a published change. An editor (the embedded {@code editor} account) saves a draft of a procedure with a
 * word found nowhere else, publishes it, and the citizen search ({@code GET /api/v1/kb/search}) is polled until that
 * procedure is found by that word; measured from the publish request to the first search that finds it, after a
 * warm-up publication or two.
 */
public final class IndexRebuildScenario {

    public static final String NAME = "kb-index-update";
    private static final String DESCRIPTION =
            "editor publishes a changed procedure -> citizen search finds the change (publish to searchable)";
    private static final String PROCEDURES = "/api/v1/kb/procedures/";
    private static final Duration SEARCHABLE_LIMIT = Duration.ofSeconds(10);

    private final URI base;
    private final ServiceProbe probe;
    private final Path proceduresDirectory;
    private final String editorAuthorization;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Random random = new Random(8);

    /** @param proceduresDirectory {@code kb-content/procedures}, whose files seed the service's content */
    public IndexRebuildScenario(URI base, ServiceProbe probe, Path proceduresDirectory, String editorPassword) {
        this.base = base;
        this.probe = probe;
        this.proceduresDirectory = proceduresDirectory;
        this.editorAuthorization = "Basic "
                + Base64.getEncoder().encodeToString(("editor:" + editorPassword).getBytes(StandardCharsets.UTF_8));
    }

    public ScenarioResult run(int samples) throws IOException, InterruptedException {
        if (search("padron").statusCode() == 404) {
            return ScenarioResult.notAvailable(
                    NAME, DESCRIPTION, "no knowledge base in this build (GET /api/v1/kb/search answered 404)");
        }
        String id = "ibi-pago";
        String original = Files.readString(proceduresDirectory.resolve(id + ".md"));
        HttpResponse<String> firstDraft = saveDraft(id, withMarker(original, marker()));
        if (firstDraft.statusCode() == 404 || firstDraft.statusCode() == 405) {
            return ScenarioResult.notAvailable(
                    NAME,
                    DESCRIPTION,
                    "no editor API in this build (PUT " + PROCEDURES + id + "/draft answered " + firstDraft.statusCode()
                            + ")");
        }
        return measure(id, original, samples);
    }

    private ScenarioResult measure(String id, String original, int samples) throws IOException, InterruptedException {
        ScenarioResult.Builder result = ScenarioResult.builder(NAME, DESCRIPTION);
        Histogram micros = new Histogram(3);
        long errors = 0;
        String firstError = null;
        long started = System.nanoTime();
        for (int i = -WarmUp.before(samples); i < samples; i++) {
            if (i == 0) {
                micros.reset();
            }
            String marker = marker();
            try {
                expect(saveDraft(id, withMarker(original, marker)), "save the draft");
                long publishing = System.nanoTime();
                expect(post(PROCEDURES + id + "/publish"), "publish");
                awaitSearchable(id, marker);
                micros.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - publishing));
            } catch (IllegalStateException e) {
                errors++;
                firstError = firstError == null ? e.getMessage() : firstError;
            }
        }
        Latency latency = Latency.ofMicros(micros);
        return result.operations(micros.getTotalCount())
                .errors(errors)
                .latency(latency)
                .durationSeconds((System.nanoTime() - started) / 1e9)
                .memory(probe.memory(false))
                .note(firstError)
                .detail("procedure", id)
                .target(Target.atMost("max ms to searchable", 2000, latency.max()))
                .build();
    }

    private void awaitSearchable(String id, String marker) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + SEARCHABLE_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> found = search(marker);
            if (found.statusCode() == 200 && found.body().contains("\"id\":\"" + id + "\"")) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the published change was not searchable within " + SEARCHABLE_LIMIT);
    }

    /** A made-up word no procedure contains, so only the changed procedure can match it. */
    private String marker() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }

    private static String withMarker(String markdown, String marker) {
        return markdown.stripTrailing() + "\n\nPalabra de control del banco de pruebas: " + marker + ".\n";
    }

    private HttpResponse<String> search(String query) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/kb/search?limit=5&q=" + query))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> saveDraft(String id, String markdown) throws IOException, InterruptedException {
        return http.send(
                editor(PROCEDURES + id + "/draft")
                        .header("Content-Type", "text/markdown; charset=utf-8")
                        .PUT(HttpRequest.BodyPublishers.ofString(markdown))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(
                editor(path).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder editor(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", editorAuthorization);
    }

    private static void expect(HttpResponse<String> answer, String what) {
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("could not " + what + ": " + answer.statusCode() + " " + answer.body());
        }
    }
}
