package es.madrid.linea.bench.service;

import es.madrid.linea.bench.report.Latency;
import es.madrid.linea.bench.report.ScenarioResult;
import es.madrid.linea.bench.report.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Scenario 5: from launching {@code java -jar cibeles.jar} to {@code /actuator/health} answering UP, on an empty data
 * directory (so the migrations run too), and the memory right after start. Launches the service several times; the
 * last one keeps running for the scenarios that follow.
 */
public final class StartupScenario {

    public static final String NAME = "startup";

    private final ServiceLauncher launcher;
    private final String supervisorPassword;

    public StartupScenario(ServiceLauncher launcher, String supervisorPassword) {
        this.launcher = launcher;
        this.supervisorPassword = supervisorPassword;
    }

    /** The result, and the service left running. */
    public record Outcome(ScenarioResult result, ServiceProcess service, ServiceProbe probe) {}

    public Outcome run(int launches) throws IOException, InterruptedException {
        ScenarioResult.Builder result = ScenarioResult.builder(
                NAME, "process start to health UP (java -jar, empty data directory), memory right after");
        Histogram micros = new Histogram(3);
        List<Long> readyMillis = new ArrayList<>();
        ServiceLauncher.Started started = null;
        for (int i = 0; i < launches; i++) {
            if (started != null) {
                started.service().close();
            }
            started = launcher.launch();
            micros.recordValue(started.toReady().toNanos() / 1000);
            readyMillis.add(started.toReady().toMillis());
        }
        ServiceProcess service = started.service();
        ServiceProbe probe = new ServiceProbe(service.base(), service.pid(), "supervisor", supervisorPassword);
        Latency latency = Latency.ofMicros(micros);
        result.operations(launches)
                .latency(latency)
                .memory(probe.memory(true))
                .detail("readyMs", readyMillis)
                .target(Target.atMost("ready s (median)", 6, latency.p50() / 1000));
        return new Outcome(result.build(), service, probe);
    }
}
