package es.madrid.linea.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageMixTest {

    @TempDir
    Path eval;

    @Test
    void takesEveryTextOfTheDevSetsAndNothingElse() throws IOException {
        Files.writeString(eval.resolve("intents-dev.jsonl"), """
                {"text": "hola", "intent": "greet"}

                {"text": "quiero cita", "intent": "book_appointment"}
                """);
        Files.writeString(eval.resolve("kb-dev.jsonl"), "{\"text\": \"¿cómo me empadrono?\", \"expected\": [\"x\"]}\n");
        Files.writeString(eval.resolve("intents-test.jsonl"), "{\"text\": \"held out\", \"intent\": \"greet\"}\n");
        Files.createDirectories(eval.resolve("heldout"));

        MessageMix mix = MessageMix.fromDevSets(eval);

        Set<String> texts = new HashSet<>();
        for (int i = 0; i < mix.size(); i++) {
            texts.add(mix.get(i));
        }
        assertThat(mix.size()).isEqualTo(3);
        assertThat(texts).containsExactlyInAnyOrder("hola", "quiero cita", "¿cómo me empadrono?");
    }

    @Test
    void everyRunSendsTheSameSequenceAndItWrapsAround() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            rows.append("{\"text\": \"mensaje ").append(i).append("\"}\n");
        }
        Files.writeString(eval.resolve("entities-dev.jsonl"), rows);

        MessageMix first = MessageMix.fromDevSets(eval);
        MessageMix second = MessageMix.fromDevSets(eval);

        for (int i = 0; i < 50; i++) {
            assertThat(first.get(i)).isEqualTo(second.get(i));
        }
        assertThat(first.get(50)).isEqualTo(first.get(0));
        assertThat(first.get(-1)).isEqualTo(first.get(49));
    }

    @Test
    void theTeamsDevSetsGiveARealisticMix() {
        MessageMix mix = MessageMix.fromDevSets(Path.of("../kb-content/eval"));

        assertThat(mix.size()).isGreaterThan(900);
    }
}
