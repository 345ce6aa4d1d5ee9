package es.madrid.linea.bot.nlu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.intents.IntentPrediction;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out test splits stay held out: the builders' only way to files refuses them, none of their inputs is
 * under them, and the whole build succeeds on a content folder that has no held-out data at all.
 */
class TrainersNeverReadHeldOutDataTest {

    private static final TrainingData DATA = new TrainingData(ContentFolder.ROOT);

    @Test
    void theBuildersFileAccessRefusesTheHeldOutFolder() {
        assertThatThrownBy(() -> DATA.file("eval/heldout/avisos-madrid/test.jsonl.gz"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DATA.file("eval/../eval/heldout/out-of-scope-es/test-es.intent_utterance_slots.tsv"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DATA.file("../somewhere-else")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noModelInputIsHeldOut() {
        Path heldOut = ContentFolder.ROOT
                .resolve(TrainingData.HELD_OUT_FOLDER)
                .toAbsolutePath()
                .normalize();
        assertThat(DATA.modelInputs())
                .allSatisfy(input -> assertThat(input.startsWith(heldOut)).isFalse());
        assertThat(DATA.modelInputs()).allSatisfy(input -> assertThat(input).exists());
    }

    @Test
    void theModelsBuildFromAContentFolderWithoutHeldOutData(@TempDir Path root) throws IOException {
        copySample(root);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        NluModels models =
                new NluModelBuilder(new TrainingData(root), new PrintStream(log, true, StandardCharsets.UTF_8)).build();
        assertThat(Files.exists(root.resolve(TrainingData.HELD_OUT_FOLDER))).isFalse();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("intent model", "incident-category model");
        IntentPrediction greeting = models.intents().classify("hola, buenos días", List.of());
        assertThat(greeting.intent().name()).isEqualTo(Intents.GREET);
        models.write(root.resolve("models"));
        assertThat(NluModels.read(root.resolve("models")).intents().thresholds())
                .isEqualTo(models.intents().thresholds());
    }

    /** The editors' phrases and dev sets, and the first rows of the big data files; no held-out folder. */
    private static void copySample(Path root) throws IOException {
        Path source = ContentFolder.ROOT;
        Files.createDirectories(root.resolve("nlu/data/avisos-madrid"));
        Files.createDirectories(root.resolve("nlu/data/out-of-scope-es"));
        Files.createDirectories(root.resolve("eval/avisos-madrid"));
        Files.createDirectories(root.resolve("eval/out-of-scope-es"));
        Files.createDirectories(root.resolve("offices"));
        try (Stream<Path> phrases = Files.list(source.resolve("nlu"))) {
            for (Path file : phrases.filter(p -> p.toString().endsWith(".yml")).toList()) {
                Files.copy(file, root.resolve("nlu").resolve(file.getFileName()));
            }
        }
        for (String file :
                List.of("nlu/data/avisos-madrid/services.csv", "eval/intents-dev.jsonl", "offices/districts.yml")) {
            Files.copy(source.resolve(file), root.resolve(file));
        }
        head(
                source.resolve("nlu/data/out-of-scope-es/train-es.intent_utterance_slots.tsv"),
                root.resolve("nlu/data/out-of-scope-es/train-es.intent_utterance_slots.tsv"),
                300);
        head(
                source.resolve("eval/out-of-scope-es/eval-es.intent_utterance_slots.tsv"),
                root.resolve("eval/out-of-scope-es/eval-es.intent_utterance_slots.tsv"),
                100);
        head(
                source.resolve("nlu/data/avisos-madrid/train.jsonl.gz"),
                root.resolve("nlu/data/avisos-madrid/train.jsonl.gz"),
                1500);
        head(source.resolve("eval/avisos-madrid/dev.jsonl.gz"), root.resolve("eval/avisos-madrid/dev.jsonl.gz"), 300);
    }

    private static void head(Path from, Path to, int lines) throws IOException {
        boolean gzip = to.toString().endsWith(".gz");
        try (BufferedReader in = JsonLines.open(from);
                Writer out = gzip
                        ? new java.io.OutputStreamWriter(
                                new GZIPOutputStream(Files.newOutputStream(to)), StandardCharsets.UTF_8)
                        : Files.newBufferedWriter(to)) {
            String line;
            for (int i = 0; i < lines && (line = in.readLine()) != null; i++) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}
