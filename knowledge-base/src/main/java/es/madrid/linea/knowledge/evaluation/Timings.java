package es.madrid.linea.knowledge.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Elapsed and CPU times of repeated work on one thread, reported as percentiles in milliseconds. */
final class Timings {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** When a piece of work started, on the clock and on this thread's CPU. */
    record Start(long nanos, long cpuNanos) {}

    private final List<Double> elapsed = new ArrayList<>();
    private final List<Double> cpu = new ArrayList<>();

    static Start start() {
        return new Start(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
    }

    void add(Start start) {
        elapsed.add((System.nanoTime() - start.nanos()) / 1_000_000.0);
        cpu.add((THREADS.getCurrentThreadCpuTime() - start.cpuNanos()) / 1_000_000.0);
    }

    /** Two lines: elapsed and CPU milliseconds at each percentile (100 is the maximum). */
    String report(double... percents) {
        return line("elapsed", elapsed, percents) + line("CPU", cpu, percents);
    }

    private static String line(String label, List<Double> values, double... percents) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-8s", label));
        for (double percent : percents) {
            String name = percent == 100 ? "max" : "p" + (int) percent;
            line.append(String.format(Locale.ROOT, "  %s %.2f ms", name, MeasureSearch.percentile(array, percent)));
        }
        return line.append('\n').toString();
    }
}
