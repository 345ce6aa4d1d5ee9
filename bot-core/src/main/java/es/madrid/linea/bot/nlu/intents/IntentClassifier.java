package es.madrid.linea.bot.nlu.intents;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.classification.LinearModel;
import es.madrid.linea.bot.nlu.classification.TextFeatures;
import es.madrid.linea.bot.nlu.normalisation.TextNormaliser;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Classifies a citizen's message into the catalogue's intents: the normalised text (entities as placeholders) goes
 * through a calibrated linear model; the best intent is reported unless its confidence is under the out-of-scope
 * threshold, in which case the message is out of scope.
 */
public final class IntentClassifier {

    private final TextFeatures features;
    private final LinearModel model;
    private final IntentThresholds thresholds;

    public IntentClassifier(TextFeatures features, LinearModel model, IntentThresholds thresholds) {
        this.features = features;
        this.model = model;
        this.thresholds = thresholds;
    }

    public IntentThresholds thresholds() {
        return thresholds;
    }

    public LinearModel model() {
        return model;
    }

    /** The same classifier with other thresholds (for tuning and tests). */
    public IntentClassifier withThresholds(IntentThresholds other) {
        return new IntentClassifier(features, model, other);
    }

    public IntentPrediction classify(String text, List<Entity> entities) {
        return decide(model.probabilities(featuresOf(text, entities)));
    }

    private long[] featuresOf(String text, List<Entity> entities) {
        return features.extract(TextNormaliser.tokens(text, entities));
    }

    /** The decision on calibrated probabilities (in the order of the model's labels). */
    public IntentPrediction decide(double[] probabilities) {
        List<Intent> ranking = new ArrayList<>();
        for (int i = 0; i < probabilities.length; i++) {
            ranking.add(new Intent(model.labels().get(i), probabilities[i]));
        }
        ranking.sort(Comparator.comparingDouble(Intent::confidence).reversed());
        Intent best = ranking.get(0);
        Intent reported = best;
        if (!best.name().equals(Intents.OUT_OF_SCOPE) && best.confidence() < thresholds.outOfScope()) {
            // Not sure it is anything the council does: the chance that the best guess is wrong is what we report.
            reported = new Intent(Intents.OUT_OF_SCOPE, 1 - best.confidence());
        }
        return new IntentPrediction(reported, ranking, reported.confidence() >= thresholds.confident());
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(features.wordNgrams());
        out.writeInt(features.minCharNgram());
        out.writeInt(features.maxCharNgram());
        out.writeDouble(thresholds.outOfScope());
        out.writeDouble(thresholds.confident());
        model.write(out);
    }

    public static IntentClassifier read(DataInputStream in) throws IOException {
        TextFeatures features = new TextFeatures(in.readInt(), in.readInt(), in.readInt());
        IntentThresholds thresholds = new IntentThresholds(in.readDouble(), in.readDouble());
        return new IntentClassifier(features, LinearModel.read(in), thresholds);
    }
}
