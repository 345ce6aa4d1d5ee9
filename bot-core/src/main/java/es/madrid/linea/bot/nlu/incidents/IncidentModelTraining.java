package es.madrid.linea.bot.nlu.incidents;

import es.madrid.linea.bot.nlu.classification.LabelledFeatures;
import es.madrid.linea.bot.nlu.classification.LinearModel;
import es.madrid.linea.bot.nlu.classification.SoftmaxTrainer;
import es.madrid.linea.bot.nlu.classification.TemperatureScaling;
import es.madrid.linea.bot.nlu.classification.TextFeatures;
import es.madrid.linea.bot.nlu.entities.EntityExtraction;
import es.madrid.linea.bot.nlu.normalisation.TextNormaliser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the incident-category classifier from the Avisos train split, and tunes it on the dev split: how strongly
 * to correct for the training data's category sizes, and the temperature. The test split is never seen here.
 *
 * @param features the text features
 * @param trainer the learner
 */
public record IncidentModelTraining(TextFeatures features, SoftmaxTrainer trainer) {

    private static final double[] SIZE_CORRECTIONS = {0, 0.25, 0.5, 0.75, 1};

    /** The settings chosen on the dev split (see the README's "Language understanding" figures). */
    public static IncidentModelTraining standard() {
        return new IncidentModelTraining(new TextFeatures(2, 3, 5), new SoftmaxTrainer(10, 0.1, 2e-4, 2, false, 42));
    }

    public IncidentCategoryClassifier train(
            List<AvisosReport> train, List<AvisosReport> dev, Map<String, String> names, EntityExtraction entities) {
        List<LabelledFeatures> examples = new ArrayList<>(train.size());
        Map<String, Integer> sizes = new HashMap<>();
        for (AvisosReport report : train) {
            examples.add(new LabelledFeatures(featuresOf(report.description(), entities), report.serviceId(), 1.0));
            sizes.merge(report.serviceId(), 1, Integer::sum);
        }
        LinearModel model = trainer.train(examples);
        List<String> labels = model.labels();
        // A dev report of a category the train split never saw cannot tune anything.
        dev = dev.stream().filter(r -> labels.contains(r.serviceId())).toList();
        List<long[]> devFeatures = new ArrayList<>();
        int[] gold = new int[dev.size()];
        for (int i = 0; i < dev.size(); i++) {
            devFeatures.add(featuresOf(dev.get(i).description(), entities));
            gold[i] = labels.indexOf(dev.get(i).serviceId());
        }
        double[] bestShift = null;
        List<double[]> bestScores = null;
        double bestHits = -1;
        for (double correction : SIZE_CORRECTIONS) {
            double[] shift = new double[labels.size()];
            for (int c = 0; c < shift.length; c++) {
                shift[c] = -correction * Math.log(sizes.get(labels.get(c)));
            }
            List<double[]> scores = new ArrayList<>();
            double hits = 0;
            for (int i = 0; i < dev.size(); i++) {
                double[] s = model.scores(devFeatures.get(i));
                for (int c = 0; c < s.length; c++) {
                    s[c] += shift[c];
                }
                scores.add(s);
                int rank = rankOf(s, gold[i]);
                hits += (rank == 0 ? 1 : 0) + (rank < 3 ? 1 : 0);
            }
            if (hits > bestHits) {
                bestHits = hits;
                bestShift = shift;
                bestScores = scores;
            }
        }
        double temperature = TemperatureScaling.fit(bestScores, gold);
        return new IncidentCategoryClassifier(features, model.withTemperature(temperature), bestShift, names);
    }

    private long[] featuresOf(String text, EntityExtraction entities) {
        return features.extract(TextNormaliser.tokens(text, entities.spans(text)));
    }

    /** How many labels score above the right one (0 = it came first). */
    static int rankOf(double[] scores, int gold) {
        int better = 0;
        for (double score : scores) {
            if (score > scores[gold]) {
                better++;
            }
        }
        return better;
    }
}
