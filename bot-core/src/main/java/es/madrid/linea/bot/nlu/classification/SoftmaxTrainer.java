package es.madrid.linea.bot.nlu.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link LinearModel} by stochastic gradient descent with AdaGrad step sizes on the cross-entropy loss, with
 * a light L2 penalty on the weights it touches. Deterministic: the example order comes from a seeded random source,
 * so the same data always gives the same model.
 *
 * @param epochs passes over the data
 * @param learningRate AdaGrad's base step
 * @param l2 L2 penalty per update
 * @param minCount features seen in fewer examples are dropped (noise and model size)
 * @param useIdf weigh features by their inverse document frequency (else all weigh the same)
 * @param seed the seed of the example order
 */
public record SoftmaxTrainer(int epochs, double learningRate, double l2, int minCount, boolean useIdf, long seed) {

    public LinearModel train(List<LabelledFeatures> examples) {
        List<String> labels = new ArrayList<>(
                new TreeSet<>(examples.stream().map(LabelledFeatures::label).toList()));
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            labelIndex.put(labels.get(i), i);
        }
        Map<Long, int[]> counts = documentFrequencies(examples);
        long[] keys = counts.entrySet().stream()
                .filter(entry -> entry.getValue()[0] >= minCount)
                .mapToLong(Map.Entry::getKey)
                .sorted()
                .toArray();
        float[] idf = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
            idf[i] = useIdf ? (float) (Math.log((examples.size() + 1.0) / (counts.get(keys[i])[0] + 1.0)) + 1) : 1f;
        }
        int labelCount = labels.size();
        int[][] rows = new int[examples.size()][];
        double[][] values = new double[examples.size()][];
        for (int e = 0; e < examples.size(); e++) {
            rows[e] = LinearModel.rows(keys, examples.get(e).features());
            values[e] = LinearModel.values(idf, rows[e]);
        }
        float[] weights = new float[keys.length * labelCount];
        float[] squares = new float[keys.length * labelCount];
        double[] bias = new double[labelCount];
        double[] biasSquares = new double[labelCount];
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] scores = new double[labelCount];
        int[] activeLabels = new int[labelCount];
        double[] gradients = new double[labelCount];
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int e : order) {
                LabelledFeatures example = examples.get(e);
                int gold = labelIndex.get(example.label());
                int[] exampleRows = rows[e];
                double[] x = values[e];
                for (int c = 0; c < labelCount; c++) {
                    scores[c] = bias[c];
                }
                for (int k = 0; k < exampleRows.length; k++) {
                    int offset = exampleRows[k] * labelCount;
                    for (int c = 0; c < labelCount; c++) {
                        scores[c] += weights[offset + c] * x[k];
                    }
                }
                double[] p = LinearModel.softmax(scores, 1.0);
                int active = 0;
                for (int c = 0; c < labelCount; c++) {
                    double g = (p[c] - (c == gold ? 1 : 0)) * example.weight();
                    biasSquares[c] += g * g;
                    bias[c] -= learningRate * g / Math.sqrt(biasSquares[c] + 1e-8);
                    // Labels the model already rules out get a negligible gradient: skipping them is most of the
                    // speed of training on 76 categories, and changes the weights by less than float precision.
                    if (Math.abs(g) > 1e-6) {
                        activeLabels[active] = c;
                        gradients[active++] = g;
                    }
                }
                for (int k = 0; k < exampleRows.length; k++) {
                    int offset = exampleRows[k] * labelCount;
                    for (int a = 0; a < active; a++) {
                        int index = offset + activeLabels[a];
                        double gw = gradients[a] * x[k] + l2 * weights[index];
                        squares[index] += (float) (gw * gw);
                        weights[index] -= (float) (learningRate * gw / Math.sqrt(squares[index] + 1e-8));
                    }
                }
            }
        }
        float[] finalBias = new float[labelCount];
        for (int c = 0; c < labelCount; c++) {
            finalBias[c] = (float) bias[c];
        }
        return new LinearModel(labels, keys, idf, weights, finalBias, 1.0);
    }

    private static Map<Long, int[]> documentFrequencies(List<LabelledFeatures> examples) {
        Map<Long, int[]> counts = new HashMap<>();
        for (LabelledFeatures example : examples) {
            for (long feature : example.features()) {
                counts.computeIfAbsent(feature, f -> new int[1])[0]++;
            }
        }
        return counts;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
