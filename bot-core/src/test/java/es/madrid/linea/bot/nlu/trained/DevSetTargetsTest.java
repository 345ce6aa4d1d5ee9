package es.madrid.linea.bot.nlu.trained;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.entities.Districts;
import es.madrid.linea.bot.nlu.entities.EntityExtraction;
import es.madrid.linea.bot.nlu.intents.LabelledText;
import es.madrid.linea.bot.nlu.training.IntentDevSet;
import es.madrid.linea.bot.nlu.training.JsonLines;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A regression guard on the dev sets the team wrote: the packaged models keep intent macro-F1 and entity F1 at the
 * targets. The full figures come from bin/evaluate-nlu; this only fails when a change breaks them.
 */
class DevSetTargetsTest {

    private static final Path EVAL = Path.of("..", "kb-content", "eval");

    @Test
    void intentMacroF1OnTheDevSetIsAtLeast093() {
        Map<String, int[]> counts = new HashMap<>(); // true positives, false positives, false negatives
        for (LabelledText row : IntentDevSet.read(EVAL.resolve("intents-dev.jsonl"))) {
            String predicted = PackagedModels.UNDERSTANDING
                    .parse(row.text(), ZonedDateTime.parse("2026-11-29T10:00:00+01:00"))
                    .intent()
                    .name();
            counts.computeIfAbsent(row.intent(), k -> new int[3]);
            counts.computeIfAbsent(predicted, k -> new int[3]);
            if (predicted.equals(row.intent())) {
                counts.get(predicted)[0]++;
            } else {
                counts.get(predicted)[1]++;
                counts.get(row.intent())[2]++;
            }
        }
        double macroF1 = counts.values().stream()
                .mapToDouble(c -> c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]))
                .average()
                .orElse(0);
        assertThat(macroF1).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void entityF1OnTheDevSetIsAtLeast095() {
        EntityExtraction extraction = EntityExtraction.standard(Districts.fromClasspath());
        int right = 0;
        int found = 0;
        int expected = 0;
        for (JsonNode row : JsonLines.read(EVAL.resolve("entities-dev.jsonl"))) {
            List<String> wanted = new ArrayList<>();
            row.path("expected")
                    .forEach(e -> wanted.add(e.path("type").asString() + "|"
                            + e.path("value").asString() + "|" + e.path("text").asString()));
            expected += wanted.size();
            for (Entity entity : extraction.extract(
                    row.path("text").asString(),
                    ZonedDateTime.parse(row.path("referenceTime").asString()))) {
                found++;
                if (wanted.remove(entity.type() + "|" + entity.value() + "|" + entity.text())) {
                    right++;
                }
            }
        }
        double precision = right / (double) found;
        double recall = right / (double) expected;
        assertThat(2 * precision * recall / (precision + recall)).isGreaterThanOrEqualTo(0.95);
    }
}
