package es.madrid.linea.bench.inprocess;

import es.madrid.linea.bench.report.Latency;
import es.madrid.linea.bench.report.ScenarioResult;
import es.madrid.linea.bench.report.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link BotTurnBenchmark} with JMH in a forked JVM (no JVM options: the service's defaults), one thread, and
 * turns JMH's sampled latencies into the suite's result. JMH's own output goes to a log file beside the results.
 */
public final class InProcessScenario {

    public static final String NAME = "bot-turn-inprocess";

    /**
     * @param iterationTime the length of each warm-up and measurement iteration
     */
    public record Settings(int forks, int warmupIterations, int measurementIterations, TimeValue iterationTime) {}

    private final Path evalDirectory;
    private final Path workDirectory;
    private final Settings settings;

    public InProcessScenario(Path evalDirectory, Path workDirectory, Settings settings) {
        this.evalDirectory = evalDirectory;
        this.workDirectory = workDirectory;
        this.settings = settings;
    }

    public ScenarioResult run() throws IOException {
        ScenarioResult.Builder result = ScenarioResult.builder(
                NAME, "one citizen message through the application's own wiring (JMH, 1 thread, H2 file)");
        Path memoryReport = workDirectory.resolve("jmh-memory.json");
        Path log = workDirectory.resolve("jmh.log");
        Files.deleteIfExists(memoryReport);
        Options options = new OptionsBuilder()
                .include(BotTurnBenchmark.class.getName())
                .forks(settings.forks())
                .threads(1)
                .warmupIterations(settings.warmupIterations())
                .warmupTime(settings.iterationTime())
                .measurementIterations(settings.measurementIterations())
                .measurementTime(settings.iterationTime())
                .jvmArgs(
                        "-D" + BotTurnBenchmark.EVAL_DIRECTORY + "=" + evalDirectory.toAbsolutePath(),
                        "-D" + BotTurnBenchmark.MEMORY_REPORT + "=" + memoryReport.toAbsolutePath())
                .shouldFailOnError(true)
                .output(log.toString())
                .build();
        Collection<RunResult> runs;
        try {
            runs = new Runner(options).run();
        } catch (RunnerException e) {
            return ScenarioResult.failed(
                    NAME, "in-process bot turn", "JMH failed (see " + log + "): " + e.getMessage());
        }
        if (runs.isEmpty()) {
            return ScenarioResult.failed(NAME, "in-process bot turn", "JMH produced no result (see " + log + ")");
        }
        Result<?> primary = runs.iterator().next().getPrimaryResult();
        Statistics micros = primary.getStatistics();
        Latency latency = new Latency(
                micros.getN(),
                millis(micros.getPercentile(50)),
                millis(micros.getPercentile(95)),
                millis(micros.getPercentile(99)),
                millis(micros.getMax()));
        double perSecond = micros.getMean() > 0 ? 1e6 / micros.getMean() : 0;
        return result.operations(micros.getN())
                .throughput(perSecond, "turns/s")
                .latency(latency)
                .memory(ForkMemory.readFrom(memoryReport))
                .durationSeconds(settings.measurementIterations()
                        * settings.forks()
                        * settings.iterationTime().convertTo(TimeUnit.MILLISECONDS)
                        / 1000.0)
                .detail("meanMs", millis(micros.getMean()))
                .detail("jmhMode", "SampleTime")
                .detail("forks", settings.forks())
                .detail("threads", 1)
                .note("throughput = 1 thread / mean turn time; samples of every turn, not every turn timed")
                .target(Target.atMost("p50 ms", 1, latency.p50()))
                .target(Target.atMost("p99 ms", 10, latency.p99()))
                .build();
    }

    private static double millis(double micros) {
        return Math.round(micros) / 1000.0;
    }
}
