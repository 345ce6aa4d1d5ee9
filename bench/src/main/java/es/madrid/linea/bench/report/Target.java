package es.madrid.linea.bench.report;

/**
 * One of the targets, checked against what was measured; reported whether met or not.
 *
 * @param name what is limited, e.g. {@code p99 ms}
 * @param limit the limit as the issue states it, e.g. {@code <= 10}
 */
public record Target(String name, String limit, double measured, boolean met) {

    public static Target atMost(String name, double limit, double measured) {
        return new Target(name, "<= " + format(limit), measured, measured <= limit);
    }

    public static Target atLeast(String name, double limit, double measured) {
        return new Target(name, ">= " + format(limit), measured, measured >= limit);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
