package es.madrid.linea.bot.nlu.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import es.madrid.linea.bot.nlu.normalisation.TextNormaliser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linear classifier learns, is deterministic, survives a round trip and is calibrated by temperature. */
class LinearClassifierTest {

    private static final TextFeatures FEATURES = new TextFeatures(2, 3, 4);
    private static final SoftmaxTrainer TRAINER = new SoftmaxTrainer(20, 0.3, 0, 1, false, 42);

    private static List<LabelledFeatures> toyData() {
        List<LabelledFeatures> data = new ArrayList<>();
        for (String text : List.of("farola apagada", "farola fundida en mi calle", "no hay luz en la farola")) {
            data.add(example(text, "alumbrado"));
        }
        for (String text : List.of("contenedor lleno", "el contenedor de basura rebosa", "contenedor roto")) {
            data.add(example(text, "contenedores"));
        }
        return data;
    }

    private static LabelledFeatures example(String text, String label) {
        return new LabelledFeatures(FEATURES.extract(TextNormaliser.tokens(text)), label, 1.0);
    }

    private static double[] probabilities(LinearModel model, String text) {
        return model.probabilities(FEATURES.extract(TextNormaliser.tokens(text)));
    }

    @Test
    void learnsFromExamplesAndGeneralisesToTyposAndPlurals() {
        LinearModel model = TRAINER.train(toyData());
        assertThat(model.labels()).containsExactly("alumbrado", "contenedores");
        assertThat(probabilities(model, "farolas apagadas")[0]).isGreaterThan(0.8);
        assertThat(probabilities(model, "contenedores llenos")[1]).isGreaterThan(0.8);
    }

    @Test
    void theSameDataAndSeedGiveTheSameModel() {
        double[] first = probabilities(TRAINER.train(toyData()), "farola rota");
        double[] second = probabilities(TRAINER.train(toyData()), "farola rota");
        assertThat(first).containsExactly(second);
    }

    @Test
    void aWrittenModelReadsBackWithTheSameProbabilities() throws IOException {
        LinearModel model = TRAINER.train(toyData()).withTemperature(1.7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        LinearModel read = LinearModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(read.temperature()).isEqualTo(1.7);
        assertThat(probabilities(read, "farola")[0]).isCloseTo(probabilities(model, "farola")[0], within(0.01));
    }

    @Test
    void unknownWordsGiveTheBiasOnly() {
        LinearModel model = TRAINER.train(toyData());
        double[] p = probabilities(model, "xyzzy");
        assertThat(p[0] + p[1]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void temperatureScalingSoftensAnOverconfidentModel() {
        // Scores that say 99% but are right only 60% of the time need a temperature above 1.
        List<double[]> scores = new ArrayList<>();
        int[] gold = new int[100];
        for (int i = 0; i < 100; i++) {
            scores.add(new double[] {5, 0});
            gold[i] = i < 60 ? 0 : 1;
        }
        double temperature = TemperatureScaling.fit(scores, gold);
        assertThat(temperature).isGreaterThan(1);
        assertThat(LinearModel.softmax(scores.get(0), temperature)[0]).isCloseTo(0.6, within(0.01));
    }
}
