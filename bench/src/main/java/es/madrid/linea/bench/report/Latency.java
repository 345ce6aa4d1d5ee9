package es.madrid.linea.bench.report;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of one scenario, in milliseconds.
 *
 * @param count how many operations the percentiles are over
 */
public record Latency(long count, double p50, double p95, double p99, double max) {

    /** The percentiles of a histogram recorded in microseconds. */
    public static Latency ofMicros(Histogram micros) {
        return new Latency(
                micros.getTotalCount(),
                millis(micros.getValueAtPercentile(50)),
                millis(micros.getValueAtPercentile(95)),
                millis(micros.getValueAtPercentile(99)),
                millis(micros.getMaxValue()));
    }

    /** Milliseconds with microsecond resolution. */
    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
