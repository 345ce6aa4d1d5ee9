package es.madrid.linea.bench.service;

import es.madrid.linea.bench.report.Memory;
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
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the running service from outside: its heap through the actuator metrics (with the embedded supervisor
 * account), its resident memory and CPU time from the operating system, and a full collection through {@code jcmd}.
 * Anything that cannot be read is reported as unknown rather than guessed.
 */
public final class ServiceProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double MB = 1024.0 * 1024.0;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final long pid;
    private final String authorization;

    public ServiceProbe(URI base, long pid, String supervisor, String password) {
        this.base = base;
        this.pid = pid;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((supervisor + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Heap and RSS now, and the heap after a full collection when {@code collect} is set. */
    public Memory memory(boolean collect) {
        Double heap = heapUsedMb();
        Double afterGc = collect && fullCollection() ? heapUsedMb() : null;
        return new Memory(heap, afterGc, rssMb(pid));
    }

    /** CPU time the service has used so far (user and system), in seconds; null where unknown. */
    public Double cpuSeconds() {
        return ProcessHandle.of(pid)
                .flatMap(handle -> handle.info().totalCpuDuration())
                .map(cpu -> cpu.toNanos() / 1e9)
                .orElse(null);
    }

    Double heapUsedMb() {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/actuator/metrics/jvm.memory.used?tag=area:heap"))
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return null;
            }
            JsonNode measurements = JSON.readTree(answer.body()).path("measurements");
            return measurements.isEmpty()
                    ? null
                    : round(measurements.get(0).path("value").asDouble() / MB);
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private boolean fullCollection() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return false;
        }
        try {
            Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return gc.waitFor(30, TimeUnit.SECONDS) && gc.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The resident set size of a process, from {@code /proc/<pid>/status}. */
    public static Double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
