package es.madrid.linea.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The run as a plain-text table for the terminal, followed by the targets, met or not. */
public final class ResultsTable {

    private static final String[] HEADER = {
        "scenario",
        "status",
        "throughput",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "max ms",
        "errors",
        "heap MB",
        "RSS MB",
        "load"
    };

    private ResultsTable() {}

    public static String render(RunReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ScenarioResult result : report.scenarios()) {
            rows.add(row(result));
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Cibeles bench (%s) on %d cores, %s, %s; load average at start %s%n%n",
                report.profile(),
                report.machine().cores(),
                report.machine().cpu(),
                report.machine().jvm(),
                load(report.loadAverageAtStart())));
        int[] widths = widths(rows);
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.append(i == 0 || i == 1 ? pad(row[i], widths[i]) : padLeft(row[i], widths[i]));
                out.append(i == row.length - 1 ? "" : "  ");
            }
            out.append(System.lineSeparator());
        }
        out.append(System.lineSeparator()).append(notes(report)).append(targets(report));
        return out.toString();
    }

    private static String[] row(ScenarioResult r) {
        Latency l = r.latency();
        Memory m = r.memory();
        return new String[] {
            r.name(),
            r.status(),
            r.throughput() == null ? "-" : number(r.throughput()) + " " + r.throughputUnit(),
            l == null ? "-" : number(l.p50()),
            l == null ? "-" : number(l.p95()),
            l == null ? "-" : number(l.p99()),
            l == null ? "-" : number(l.max()),
            String.valueOf(r.errors()),
            m.heapUsedMb() == null ? "-" : number(m.heapUsedMb()),
            m.rssMb() == null ? "-" : number(m.rssMb()),
            r.loadAverage().length == 0 ? "-" : number(r.loadAverage()[0])
        };
    }

    private static String notes(RunReport report) {
        return report.scenarios().stream()
                        .filter(r -> r.note() != null)
                        .map(r -> "  " + r.name() + ": " + r.note())
                        .collect(Collectors.joining(System.lineSeparator(), "Notes:" + System.lineSeparator(), ""))
                + System.lineSeparator()
                + System.lineSeparator();
    }

    private static String targets(RunReport report) {
        StringBuilder out = new StringBuilder("Targets (2-core machine):").append(System.lineSeparator());
        for (ScenarioResult result : report.scenarios()) {
            for (Target target : result.targets()) {
                out.append(String.format(
                        Locale.ROOT,
                        "  %-4s %-20s %-28s %s, measured %s%n",
                        target.met() ? "met" : "MISS",
                        result.name(),
                        target.name(),
                        target.limit(),
                        number(target.measured())));
            }
        }
        return out.toString();
    }

    private static String load(double[] averages) {
        if (averages.length == 0) {
            return "unknown";
        }
        return number(averages[0]) + " / " + number(averages[1]) + " / " + number(averages[2]);
    }

    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        return widths;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
