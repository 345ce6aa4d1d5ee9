package es.madrid.linea.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario measured. A scenario whose feature is not in the application (its endpoint is absent) is
 * {@code not_available}, with the reason, and is no failure; a scenario that ran but hit errors says so in
 * {@code errors}.
 *
 * @param status {@code ok}, {@code not_available} or {@code failed}
 * @param throughput operations per second ({@code throughputUnit} names the operation), null when not meaningful
 * @param loadAverage the machine's 1, 5 and 15 minute load averages when the scenario started
 * @param details scenario-specific figures, e.g. {@code ratioToEcho} or {@code connectedSessions}
 */
public record ScenarioResult(
        String name,
        String description,
        String status,
        String note,
        Double throughput,
        String throughputUnit,
        long operations,
        long errors,
        Latency latency,
        Memory memory,
        double[] loadAverage,
        double durationSeconds,
        Map<String, Object> details,
        List<Target> targets) {

    public static final String OK = "ok";
    public static final String NOT_AVAILABLE = "not_available";
    public static final String FAILED = "failed";

    public ScenarioResult {
        details = new LinkedHashMap<>(details);
        targets = List.copyOf(targets);
    }

    public static Builder builder(String name, String description) {
        return new Builder(name, description);
    }

    public static ScenarioResult notAvailable(String name, String description, String reason) {
        return builder(name, description).status(NOT_AVAILABLE).note(reason).build();
    }

    public static ScenarioResult failed(String name, String description, String reason) {
        return builder(name, description).status(FAILED).note(reason).errors(1).build();
    }

    /** True when the scenario ran and nothing went wrong; not-available scenarios count as fine. */
    public boolean clean() {
        return NOT_AVAILABLE.equals(status) || (OK.equals(status) && errors == 0 && operations > 0);
    }

    /** Collects a result while a scenario runs; the load average is taken when the builder is made. */
    public static final class Builder {
        private final String name;
        private final String description;
        private final double[] loadAverage = LoadAverage.now();
        private final Map<String, Object> details = new LinkedHashMap<>();
        private final List<Target> targets = new ArrayList<>();
        private String status = OK;
        private String note;
        private Double throughput;
        private String throughputUnit;
        private long operations;
        private long errors;
        private Latency latency;
        private Memory memory = Memory.UNKNOWN;
        private double durationSeconds;

        private Builder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        public Builder status(String value) {
            status = value;
            return this;
        }

        public Builder note(String value) {
            note = value;
            return this;
        }

        public Builder throughput(double perSecond, String unit) {
            throughput = Math.round(perSecond * 10) / 10.0;
            throughputUnit = unit;
            return this;
        }

        public Builder operations(long value) {
            operations = value;
            return this;
        }

        public Builder errors(long value) {
            errors = value;
            return this;
        }

        public Builder latency(Latency value) {
            latency = value;
            return this;
        }

        public Builder memory(Memory value) {
            memory = value;
            return this;
        }

        public Builder durationSeconds(double value) {
            durationSeconds = Math.round(value * 10) / 10.0;
            return this;
        }

        public Builder detail(String key, Object value) {
            details.put(key, value);
            return this;
        }

        public Builder target(Target target) {
            targets.add(target);
            return this;
        }

        public Latency latency() {
            return latency;
        }

        public Double throughput() {
            return throughput;
        }

        public ScenarioResult build() {
            return new ScenarioResult(
                    name,
                    description,
                    status,
                    note,
                    throughput,
                    throughputUnit,
                    operations,
                    errors,
                    latency,
                    memory,
                    loadAverage,
                    durationSeconds,
                    details,
                    targets);
        }
    }
}
