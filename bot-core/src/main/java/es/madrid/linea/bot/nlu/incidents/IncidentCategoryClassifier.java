package es.madrid.linea.bot.nlu.incidents;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.IncidentCategory;
import es.madrid.linea.bot.nlu.classification.LinearModel;
import es.madrid.linea.bot.nlu.classification.TextFeatures;
import es.madrid.linea.bot.nlu.normalisation.TextNormaliser;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the Avisos Madrid services (76 incident categories) a description may belong to, best first, with calibrated
 * confidences. The scores of a linear model over words and character n-grams are corrected for the training data's
 * category sizes (capped at 1,500 reports each, unlike the citizens' real mix) and divided by a temperature fitted on
 * the dev split.
 */
public final class IncidentCategoryClassifier {

    private final TextFeatures features;
    private final LinearModel model;
    private final double[] scoreShift;
    private final Map<String, String> names;

    public IncidentCategoryClassifier(
            TextFeatures features, LinearModel model, double[] scoreShift, Map<String, String> names) {
        if (scoreShift.length != model.labels().size()) {
            throw new IllegalArgumentException("one score shift per category");
        }
        this.features = features;
        this.model = model;
        this.scoreShift = scoreShift.clone();
        this.names = Map.copyOf(names);
    }

    public LinearModel model() {
        return model;
    }

    /** Every category, best first, with calibrated confidences that add up to 1. */
    public List<IncidentCategory> rank(String text, List<Entity> entities) {
        double[] probabilities = LinearModel.softmax(scores(text, entities), model.temperature());
        List<IncidentCategory> ranking = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            String id = model.labels().get(i);
            ranking.add(new IncidentCategory(id, names.getOrDefault(id, id), probabilities[i]));
        }
        ranking.sort(Comparator.comparingDouble(IncidentCategory::confidence).reversed());
        return ranking;
    }

    /** Scores before the temperature, with the category-size correction (for calibration and evaluation). */
    public double[] scores(String text, List<Entity> entities) {
        double[] scores = model.scores(features.extract(TextNormaliser.tokens(text, entities)));
        for (int i = 0; i < scores.length; i++) {
            scores[i] += scoreShift[i];
        }
        return scores;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(features.wordNgrams());
        out.writeInt(features.minCharNgram());
        out.writeInt(features.maxCharNgram());
        out.writeInt(names.size());
        for (Map.Entry<String, String> name : names.entrySet()) {
            out.writeUTF(name.getKey());
            out.writeUTF(name.getValue());
        }
        model.write(out);
        for (double shift : scoreShift) {
            out.writeDouble(shift);
        }
    }

    public static IncidentCategoryClassifier read(DataInputStream in) throws IOException {
        TextFeatures features = new TextFeatures(in.readInt(), in.readInt(), in.readInt());
        int count = in.readInt();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < count; i++) {
            names.put(in.readUTF(), in.readUTF());
        }
        LinearModel model = LinearModel.read(in);
        double[] shift = new double[model.labels().size()];
        for (int i = 0; i < shift.length; i++) {
            shift[i] = in.readDouble();
        }
        return new IncidentCategoryClassifier(features, model, shift, names);
    }
}
