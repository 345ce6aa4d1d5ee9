package es.madrid.linea.bot.nlu.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.classification.LabelledFeatures;
import es.madrid.linea.bot.nlu.classification.SoftmaxTrainer;
import es.madrid.linea.bot.nlu.classification.TextFeatures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the two thresholds turn calibrated probabilities into the reported intent and the "confident" flag. */
class IntentThresholdsTest {

    private static final IntentClassifier CLASSIFIER = classifier();

    /** A classifier whose labels are greet, out_of_scope, report_incident (alphabetical). */
    private static IntentClassifier classifier() {
        TextFeatures features = new TextFeatures(1, 0, 0);
        List<LabelledFeatures> data = List.of(
                new LabelledFeatures(new long[] {1}, Intents.GREET, 1),
                new LabelledFeatures(new long[] {2}, Intents.OUT_OF_SCOPE, 1),
                new LabelledFeatures(new long[] {3}, Intents.REPORT_INCIDENT, 1));
        return new IntentClassifier(
                features, new SoftmaxTrainer(1, 0.1, 0, 1, false, 1).train(data), new IntentThresholds(0.6, 0.8));
    }

    @Test
    void aSureInScopeIntentIsReportedAndConfident() {
        IntentPrediction prediction = CLASSIFIER.decide(new double[] {0.05, 0.05, 0.9});
        assertThat(prediction.intent().name()).isEqualTo(Intents.REPORT_INCIDENT);
        assertThat(prediction.confident()).isTrue();
    }

    @Test
    void betweenTheThresholdsTheIntentStandsButIsNotConfident() {
        IntentPrediction prediction = CLASSIFIER.decide(new double[] {0.2, 0.1, 0.7});
        assertThat(prediction.intent().name()).isEqualTo(Intents.REPORT_INCIDENT);
        assertThat(prediction.confident()).isFalse();
        assertThat(prediction.ranking().get(0).name()).isEqualTo(Intents.REPORT_INCIDENT);
    }

    @Test
    void belowTheOutOfScopeThresholdTheMessageIsOutOfScopeAndTheRankingIsKept() {
        IntentPrediction prediction = CLASSIFIER.decide(new double[] {0.45, 0.1, 0.45});
        assertThat(prediction.intent().name()).isEqualTo(Intents.OUT_OF_SCOPE);
        assertThat(prediction.intent().confidence()).isCloseTo(0.55, within(1e-9));
        assertThat(prediction.confident()).isFalse();
        assertThat(prediction.ranking()).extracting(i -> i.name()).contains(Intents.GREET, Intents.REPORT_INCIDENT);
    }

    @Test
    void theModelsOwnOutOfScopeAnswerStandsWhenSure() {
        IntentPrediction prediction = CLASSIFIER.decide(new double[] {0.02, 0.95, 0.03});
        assertThat(prediction.intent().name()).isEqualTo(Intents.OUT_OF_SCOPE);
        assertThat(prediction.confident()).isTrue();
    }

    @Test
    void thresholdsAreProbabilities() {
        assertThatThrownBy(() -> new IntentThresholds(-0.1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntentThresholds(0.5, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tuningPicksTheHighestOutOfScopeThresholdWithinTheAccuracyBudget() {
        // Three in-scope dev rows right at 0.9, 0.7 and 0.5, and one out-of-scope row whose best guess has 0.4.
        List<double[]> probabilities = List.of(
                new double[] {0.05, 0.05, 0.9},
                new double[] {0.2, 0.1, 0.7},
                new double[] {0.3, 0.2, 0.5},
                new double[] {0.3, 0.3, 0.4});
        List<LabelledText> dev = List.of(
                new LabelledText("a", Intents.REPORT_INCIDENT),
                new LabelledText("b", Intents.REPORT_INCIDENT),
                new LabelledText("c", Intents.REPORT_INCIDENT),
                new LabelledText("d", Intents.OUT_OF_SCOPE));
        IntentThresholds none = new ThresholdTuning(0.0, 0.95).tune(CLASSIFIER, probabilities, dev);
        assertThat(none.outOfScope()).isEqualTo(0.5); // at 0.51 the third row would be lost
        IntentThresholds third = new ThresholdTuning(0.34, 0.95).tune(CLASSIFIER, probabilities, dev);
        assertThat(third.outOfScope()).isEqualTo(0.7);
        assertThat(none.confident()).isGreaterThanOrEqualTo(none.outOfScope());
    }
}
