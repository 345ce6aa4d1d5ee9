package es.madrid.linea.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the suite, as written to {@code bench/results/latest.json}.
 *
 * @param profile {@code smoke}, {@code quick} or {@code full}
 * @param commit the commit the service was built from, with {@code -dirty} when the tree had changes
 * @param loadAverageAtStart the load averages when the run started (each scenario also records its own)
 */
public record RunReport(
        int formatVersion,
        String profile,
        String startedAt,
        String finishedAt,
        String commit,
        Machine machine,
        double[] loadAverageAtStart,
        double[] loadAverageAtEnd,
        List<ScenarioResult> scenarios) {

    public static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public void writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(this) + System.lineSeparator());
    }

    /** True when every scenario that could run ran without errors. */
    public boolean clean() {
        return scenarios.stream().allMatch(ScenarioResult::clean);
    }
}
