package es.madrid.linea.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load averages from {@code /proc/loadavg}: recorded with every figure, because on a shared machine a
 * figure means little without knowing what else was running.
 */
public final class LoadAverage {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private LoadAverage() {}

    /** The 1, 5 and 15 minute load averages, or an empty array where the system does not publish them. */
    public static double[] now() {
        try {
            String[] fields = Files.readString(LOADAVG).trim().split("\\s+");
            return new double[] {
                Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2])
            };
        } catch (IOException | RuntimeException e) {
            return new double[0];
        }
    }
}
