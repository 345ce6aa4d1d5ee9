package es.madrid.linea.bench.load;

import es.madrid.linea.bench.report.Latency;
import es.madrid.linea.bench.report.ScenarioResult;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Collects the operations of one measurement window from many threads: each completed operation's latency (in an
 * HdrHistogram, microsecond resolution) and each error. Only operations that complete while the window is open are
 * counted, so warm-up and drain are left out. The service's CPU time over the window is read too, because on a
 * shared machine CPU per operation varies far less than throughput does.
 */
public final class LatencyRecorder {

    private final Recorder recorder = new Recorder(3);
    private final AtomicLong errors = new AtomicLong();
    private final Supplier<Double> serviceCpuSeconds;
    private volatile boolean open;
    private long openedAt;
    private long closedAt;
    private Double cpuAtOpen;
    private Double cpuAtClose;
    private double ownCpuAtOpen;
    private double ownCpuAtClose;

    /** @param serviceCpuSeconds the CPU time the service has used so far, or null when unknown */
    public LatencyRecorder(Supplier<Double> serviceCpuSeconds) {
        this.serviceCpuSeconds = serviceCpuSeconds;
    }

    public void open() {
        recorder.reset();
        errors.set(0);
        cpuAtOpen = serviceCpuSeconds.get();
        ownCpuAtOpen = ownCpuSeconds();
        openedAt = System.nanoTime();
        open = true;
    }

    public void close() {
        open = false;
        closedAt = System.nanoTime();
        cpuAtClose = serviceCpuSeconds.get();
        ownCpuAtClose = ownCpuSeconds();
    }

    /** An operation that took from {@code startNanos} until now. */
    public void success(long startNanos) {
        if (open) {
            recorder.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - startNanos)));
        }
    }

    public void error() {
        if (open) {
            errors.incrementAndGet();
        }
    }

    /** What the window saw; call after {@link #close}. */
    public Window window() {
        Histogram histogram = recorder.getIntervalHistogram();
        double seconds = (closedAt - openedAt) / 1e9;
        Double cpu = cpuAtOpen == null || cpuAtClose == null ? null : cpuAtClose - cpuAtOpen;
        return new Window(
                histogram.getTotalCount(),
                errors.get(),
                seconds,
                Latency.ofMicros(histogram),
                cpu,
                ownCpuAtClose - ownCpuAtOpen);
    }

    /** The CPU time of this process (the load clients) so far, in seconds. */
    private static double ownCpuSeconds() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(cpu -> cpu.toNanos() / 1e9)
                .orElse(0.0);
    }

    /**
     * @param serviceCpuSeconds the service's CPU time during the window, null when unknown
     * @param clientCpuSeconds the load clients' CPU time during the window: on one machine they share its cores
     */
    public record Window(
            long operations,
            long errors,
            double seconds,
            Latency latency,
            Double serviceCpuSeconds,
            double clientCpuSeconds) {

        public double perSecond() {
            return seconds <= 0 ? 0 : operations / seconds;
        }

        /** The service's CPU time per operation, in microseconds; null when unknown. */
        public Double serviceCpuMicrosPerOperation() {
            if (serviceCpuSeconds == null || operations == 0) {
                return null;
            }
            return Math.round(serviceCpuSeconds * 1e7 / operations) / 10.0;
        }

        /**
         * Puts what the window saw into a scenario's result: operations, errors, throughput in this unit, latency,
         * duration, and the CPU per operation of the service and of the load clients.
         */
        public ScenarioResult.Builder into(ScenarioResult.Builder result, String unit) {
            return result.operations(operations)
                    .errors(errors)
                    .throughput(perSecond(), unit)
                    .latency(latency)
                    .durationSeconds(seconds)
                    .detail("serviceCpuMicrosPerOperation", serviceCpuMicrosPerOperation())
                    .detail("clientCpuMicrosPerOperation", clientCpuMicrosPerOperation());
        }

        /** The load clients' CPU time per operation, in microseconds; null when nothing was measured. */
        public Double clientCpuMicrosPerOperation() {
            return operations == 0 ? null : Math.round(clientCpuSeconds * 1e7 / operations) / 10.0;
        }
    }
}
