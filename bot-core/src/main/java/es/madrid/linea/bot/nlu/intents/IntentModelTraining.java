package es.madrid.linea.bot.nlu.intents;

import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.classification.LabelledFeatures;
import es.madrid.linea.bot.nlu.classification.LinearModel;
import es.madrid.linea.bot.nlu.classification.SoftmaxTrainer;
import es.madrid.linea.bot.nlu.classification.TemperatureScaling;
import es.madrid.linea.bot.nlu.classification.TextFeatures;
import es.madrid.linea.bot.nlu.entities.EntityExtraction;
import es.madrid.linea.bot.nlu.normalisation.TextNormaliser;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the intent classifier: trains on the editors' phrases plus the borrowed out-of-scope corpus (down-weighted
 * so that its 3,600 alarm and weather sentences do not outweigh the 1,100 phrases of the 16 other intents), fits the
 * temperature on dev data, then tunes the two thresholds on dev data (see {@link IntentThresholds}).
 *
 * @param features the text features
 * @param trainer the learner
 * @param outOfScopeCorpusWeight the total weight of the borrowed corpus, in "phrases"
 * @param inScopeAccuracyBudget how much in-scope dev accuracy the out-of-scope threshold may cost (0.015 = 1.5 points)
 * @param confidentPrecision the dev accuracy required of predictions at or above the "confident" threshold
 */
public record IntentModelTraining(
        TextFeatures features,
        SoftmaxTrainer trainer,
        double outOfScopeCorpusWeight,
        double inScopeAccuracyBudget,
        double confidentPrecision) {

    /** The settings chosen on the dev sets (see the README's "Language understanding" figures). */
    public static IntentModelTraining standard() {
        return new IntentModelTraining(
                new TextFeatures(2, 3, 5), new SoftmaxTrainer(30, 0.3, 0, 1, false, 42), 300, 0.015, 0.95);
    }

    /**
     * @param phrases the editors' training phrases
     * @param outOfScopeCorpus borrowed out-of-scope sentences (train split only)
     * @param dev dev rows for calibration and thresholds: the intents dev set and the out-of-scope eval split
     * @param entities the extractor that finds the spans replaced by placeholders
     */
    public IntentClassifier train(
            List<LabelledText> phrases,
            List<LabelledText> outOfScopeCorpus,
            List<LabelledText> dev,
            EntityExtraction entities) {
        List<LabelledFeatures> examples = new ArrayList<>();
        for (LabelledText phrase : phrases) {
            examples.add(new LabelledFeatures(featuresOf(phrase.text(), entities), phrase.intent(), 1.0));
        }
        double corpusWeight = outOfScopeCorpus.isEmpty() ? 0 : outOfScopeCorpusWeight / outOfScopeCorpus.size();
        for (LabelledText row : outOfScopeCorpus) {
            examples.add(new LabelledFeatures(featuresOf(row.text(), entities), Intents.OUT_OF_SCOPE, corpusWeight));
        }
        LinearModel model = trainer.train(examples);
        List<LabelledText> known = dev.stream()
                .filter(row -> model.labels().contains(row.intent()))
                .toList();
        List<double[]> devScores = new ArrayList<>();
        int[] gold = new int[known.size()];
        for (int i = 0; i < known.size(); i++) {
            devScores.add(model.scores(featuresOf(known.get(i).text(), entities)));
            gold[i] = model.labels().indexOf(known.get(i).intent());
        }
        LinearModel calibrated = model.withTemperature(TemperatureScaling.fit(devScores, gold));
        IntentClassifier classifier = new IntentClassifier(features, calibrated, new IntentThresholds(0, 0));
        List<double[]> devProbabilities = devScores.stream()
                .map(s -> LinearModel.softmax(s, calibrated.temperature()))
                .toList();
        return classifier.withThresholds(new ThresholdTuning(inScopeAccuracyBudget, confidentPrecision)
                .tune(classifier, devProbabilities, known));
    }

    private long[] featuresOf(String text, EntityExtraction entities) {
        return features.extract(TextNormaliser.tokens(text, entities.spans(text)));
    }
}
