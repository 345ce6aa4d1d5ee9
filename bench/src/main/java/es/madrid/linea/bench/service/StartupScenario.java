package es.madrid.linea.bench.service;

import es.madrid.linea.bench.report.Latency;
import es.madrid.linea.bench.report.ScenarioResult;
import es.madrid.linea.bench.report.Target;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Scenario 5: from launching the service to {@code /actuator/health} answering UP, on an empty data directory (so the
 * migrations run too), and the memory right after start. Launches the service several times; the last one keeps
 * running for whatever follows.
 */
public final class StartupScenario {

    public static final String NAME = "startup";
    public static final String WITH_CDS = "startup-cds";

    private final String name;
    private final String description;
    private final ServiceLauncher launcher;
    private final String supervisorPassword;

    private StartupScenario(String name, String description, ServiceLauncher launcher, String supervisorPassword) {
        this.name = name;
        this.description = description;
        this.launcher = launcher;
        this.supervisorPassword = supervisorPassword;
    }

    /** {@code java -jar cibeles.jar}, as the quick start runs it. */
    public static StartupScenario plain(ServiceLauncher launcher, String supervisorPassword) {
        return new StartupScenario(
                NAME,
                "process start to health UP (java -jar, empty data directory), memory right after",
                launcher,
                supervisorPassword);
    }

    /** The extracted jar with its class data sharing archive: the faster start-up configuration. */
    public static StartupScenario withClassDataSharing(ServiceLauncher launcher, String supervisorPassword) {
        return new StartupScenario(
                WITH_CDS,
                "process start to health UP (extracted jar + CDS archive, see bench/README.md), memory right after",
                launcher,
                supervisorPassword);
    }

    /** The result, and the service left running. */
    public record Outcome(ScenarioResult result, ServiceProcess service, ServiceProbe probe) {}

    public Outcome run(int launches) throws IOException, InterruptedException {
        ScenarioResult.Builder result = ScenarioResult.builder(name, description);
        Histogram micros = new Histogram(3);
        List<Long> readyMillis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        ServiceLauncher.Started started = null;
        for (int i = 0; i < launches; i++) {
            if (started != null) {
                started.service().close();
            }
            started = launcher.launch();
            micros.recordValue(started.toReady().toNanos() / 1000);
            readyMillis.add(started.toReady().toMillis());
            cpuMillis.add(cpuMillis(started.service().pid()));
        }
        ServiceProcess service = started.service();
        ServiceProbe probe = new ServiceProbe(service.base(), service.pid(), "supervisor", supervisorPassword);
        Latency latency = Latency.ofMicros(micros);
        result.operations(launches)
                .latency(latency)
                .memory(probe.memory(true))
                .detail("readyMs", readyMillis)
                // What the start cost the machine: moves far less than the wall-clock time when other work competes.
                .detail("cpuMsToReady", cpuMillis)
                .target(Target.atMost("ready s (median)", 6, latency.p50() / 1000));
        return new Outcome(result.build(), service, probe);
    }

    /** The CPU time (all threads: main, compilers, GC) the process has used so far, or -1 where the OS does not say. */
    private static long cpuMillis(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(process -> process.info().totalCpuDuration())
                .map(Duration::toMillis)
                .orElse(-1L);
    }
}
