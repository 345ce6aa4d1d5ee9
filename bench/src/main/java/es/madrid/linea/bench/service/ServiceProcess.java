package es.madrid.linea.bench.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service jar running in its own process on loopback, as an operator starts it ({@code java -jar cibeles.jar})
 * with its embedded defaults, a free port and a throwaway data directory. Its output goes to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(20);

    private final Process process;
    private final long launchedAt;
    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess(Process process, long launchedAt, URI base) {
        this.process = process;
        this.launchedAt = launchedAt;
        this.base = base;
    }

    /**
     * Launches the jar with {@code --server.port} and {@code --cibeles.data-dir} set, plus the given arguments.
     *
     * @param jvmOptions options for the JVM (none for the plain embedded defaults)
     */
    public static ServiceProcess launch(
            Path jar, int port, Path dataDir, List<String> jvmOptions, List<String> arguments, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.add("--cibeles.data-dir=" + dataDir);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long launchedAt = System.nanoTime();
        Process process = builder.start();
        return new ServiceProcess(process, launchedAt, URI.create("http://127.0.0.1:" + port));
    }

    /**
     * Waits until {@code /actuator/health} answers UP and returns the time from launch to that answer.
     *
     * @throws IllegalStateException when the process exits or the timeout passes first
     */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        long deadline = launchedAt + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with status " + process.exitValue());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"status\":\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - launchedAt);
                }
            } catch (IOException notListeningYet) {
                // The port opens late in the start-up: keep polling.
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("the service was not ready within " + timeout.toSeconds() + " s");
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the service the way an operator does (SIGTERM, graceful shutdown), forcibly if it takes too long. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
