package es.madrid.linea.bot.nlu.intents;

import es.madrid.linea.bot.nlu.Intents;
import java.util.List;

/**
 * Chooses the two thresholds on dev data. Out of scope: the highest threshold whose cost in accuracy on the in-scope
 * dev rows stays within the budget (compared with never saying "out of scope"), since every step up catches more
 * out-of-scope messages. Confident: the lowest threshold at or above it where the in-scope dev predictions it lets
 * through (the ones the dialogue would act on) are right at least {@code confidentPrecision} of the time.
 *
 * @param inScopeAccuracyBudget the in-scope accuracy the out-of-scope decision may cost (0.015 = 1.5 points)
 * @param confidentPrecision the accuracy required of confident predictions
 */
public record ThresholdTuning(double inScopeAccuracyBudget, double confidentPrecision) {

    public IntentThresholds tune(IntentClassifier classifier, List<double[]> probabilities, List<LabelledText> dev) {
        List<String> labels = classifier.model().labels();
        int outOfScope = labels.indexOf(Intents.OUT_OF_SCOPE);
        int inScopeRows = 0;
        int inScopeRight = 0;
        for (int i = 0; i < dev.size(); i++) {
            if (!dev.get(i).intent().equals(Intents.OUT_OF_SCOPE)) {
                inScopeRows++;
                if (labels.get(bestInScope(probabilities.get(i), outOfScope))
                        .equals(dev.get(i).intent())) {
                    inScopeRight++;
                }
            }
        }
        double baseline = inScopeRows == 0 ? 1 : inScopeRight / (double) inScopeRows;
        double outOfScopeThreshold = 0;
        for (int step = 0; step <= 95; step++) {
            double t = step / 100.0;
            IntentClassifier candidate = classifier.withThresholds(new IntentThresholds(t, t));
            if (baseline - inScopeAccuracy(candidate, probabilities, dev) <= inScopeAccuracyBudget + 1e-12) {
                outOfScopeThreshold = t;
            }
        }
        double confident = 1;
        for (int step = (int) Math.round(outOfScopeThreshold * 100); step <= 100; step++) {
            double t = step / 100.0;
            if (precisionAtOrAbove(classifier, probabilities, dev, outOfScopeThreshold, t) >= confidentPrecision) {
                confident = t;
                break;
            }
        }
        return new IntentThresholds(round(outOfScopeThreshold), round(Math.min(1, confident)));
    }

    private static double inScopeAccuracy(
            IntentClassifier classifier, List<double[]> probabilities, List<LabelledText> dev) {
        int rows = 0;
        int right = 0;
        for (int i = 0; i < dev.size(); i++) {
            if (!dev.get(i).intent().equals(Intents.OUT_OF_SCOPE)) {
                rows++;
                if (classifier
                        .decide(probabilities.get(i))
                        .intent()
                        .name()
                        .equals(dev.get(i).intent())) {
                    right++;
                }
            }
        }
        return rows == 0 ? 1 : right / (double) rows;
    }

    private static double precisionAtOrAbove(
            IntentClassifier classifier,
            List<double[]> probabilities,
            List<LabelledText> dev,
            double outOfScope,
            double confident) {
        IntentClassifier candidate = classifier.withThresholds(new IntentThresholds(outOfScope, confident));
        int accepted = 0;
        int right = 0;
        for (int i = 0; i < dev.size(); i++) {
            IntentPrediction prediction = candidate.decide(probabilities.get(i));
            // What matters is never acting wrongly: precision over the confident in-scope intents.
            if (prediction.confident() && !prediction.intent().name().equals(Intents.OUT_OF_SCOPE)) {
                accepted++;
                if (prediction.intent().name().equals(dev.get(i).intent())) {
                    right++;
                }
            }
        }
        return accepted == 0 ? 1 : right / (double) accepted;
    }

    private static int bestInScope(double[] probabilities, int outOfScope) {
        int best = -1;
        for (int i = 0; i < probabilities.length; i++) {
            if (i != outOfScope && (best < 0 || probabilities[i] > probabilities[best])) {
                best = i;
            }
        }
        return best;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
