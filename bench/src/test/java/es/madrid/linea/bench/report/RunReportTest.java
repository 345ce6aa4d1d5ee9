package es.madrid.linea.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunReportTest {

    @TempDir
    Path results;

    private final ScenarioResult webchat = ScenarioResult.builder("webchat", "web chat")
            .operations(12_000)
            .throughput(1000.04, "turns/s")
            .latency(new Latency(12_000, 3.2, 9.1, 21.5, 80.0))
            .memory(new Memory(300.0, 120.0, 640.0))
            .detail("ratioToEcho", 0.62)
            .target(Target.atLeast("turns/s (200 active)", 1000, 1000.0))
            .target(Target.atMost("p99 ms", 50, 21.5))
            .build();

    private final ScenarioResult whatsapp =
            ScenarioResult.notAvailable("whatsapp-webhook", "webhook", "no WhatsApp webhook in this build");

    private final RunReport report = new RunReport(
            RunReport.FORMAT_VERSION,
            "quick",
            "2026-11-29T04:00:00Z",
            "2026-11-29T04:02:00Z",
            "abc1234",
            new Machine(2, "AMD EPYC", 24_000L, "Linux", "OpenJDK 17"),
            new double[] {1.5, 1.2, 1.0},
            new double[] {1.9, 1.4, 1.1},
            List.of(webchat, whatsapp));

    @Test
    void theJsonHasTheFiguresTheMachineAndTheLoadAverage() throws IOException {
        Path file = results.resolve("latest.json");
        report.writeTo(file);

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(json.get("machine").get("cores").asInt()).isEqualTo(2);
        assertThat(json.get("loadAverageAtStart").get(0).asDouble()).isEqualTo(1.5);
        JsonNode first = json.get("scenarios").get(0);
        assertThat(first.get("throughput").asDouble()).isEqualTo(1000.0);
        assertThat(first.get("latency").get("p99").asDouble()).isEqualTo(21.5);
        assertThat(first.get("memory").get("rssMb").asDouble()).isEqualTo(640.0);
        assertThat(first.get("details").get("ratioToEcho").asDouble()).isEqualTo(0.62);
        assertThat(first.get("loadAverage").isArray()).isTrue();
        assertThat(json.get("scenarios").get(1).get("status").asString()).isEqualTo("not_available");
    }

    @Test
    void aScenarioThatIsNotAvailableIsNoFailureButErrorsAre() {
        assertThat(report.clean()).isTrue();
        ScenarioResult withErrors =
                ScenarioResult.builder("api", "api").operations(10).errors(1).build();
        assertThat(withErrors.clean()).isFalse();
        assertThat(ScenarioResult.builder("api", "api").build().clean())
                .as("a scenario that measured nothing")
                .isFalse();
    }

    @Test
    void theTableShowsEveryScenarioAndEveryTargetMetOrNot() {
        String table = ResultsTable.render(report);

        assertThat(table).contains("webchat", "1000 turns/s", "21.5", "not_available", "no WhatsApp webhook");
        assertThat(table).containsPattern("met\\s+webchat\\s+turns/s \\(200 active\\)\\s+>= 1000, measured 1000");
        assertThat(table).contains("load average at start 1.50 / 1.20 / 1.00");
    }

    @Test
    void targetsCompareWhatWasMeasured() {
        assertThat(Target.atMost("p99 ms", 10, 10.0).met()).isTrue();
        assertThat(Target.atMost("p99 ms", 10, 10.5).met()).isFalse();
        assertThat(Target.atLeast("ratio", 0.5, 0.49).met()).isFalse();
        assertThat(Target.atLeast("ratio", 0.5, 0.49).limit()).isEqualTo(">= 0.5");
    }
}
