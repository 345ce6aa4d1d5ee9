package es.madrid.linea.bot.nlu.classification;

import java.util.List;

/**
 * Calibration by temperature scaling (Guo et al., 2017): one number T divides the scores before the softmax, chosen
 * to minimise the negative log-likelihood of the right labels on held-aside (dev) data. It changes no ranking, only
 * how sure the model says it is, so that confidences can be compared with thresholds.
 */
public final class TemperatureScaling {

    private TemperatureScaling() {}

    /**
     * @param scores raw scores per example
     * @param gold the index of each example's right label
     * @return the temperature that minimises the dev negative log-likelihood
     */
    public static double fit(List<double[]> scores, int[] gold) {
        // Golden-section search on log(T) between T = 0.05 and T = 20: the loss is unimodal in T.
        double low = Math.log(0.05);
        double high = Math.log(20);
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = high - ratio * (high - low);
        double b = low + ratio * (high - low);
        double fa = loss(scores, gold, Math.exp(a));
        double fb = loss(scores, gold, Math.exp(b));
        for (int i = 0; i < 60; i++) {
            if (fa < fb) {
                high = b;
                b = a;
                fb = fa;
                a = high - ratio * (high - low);
                fa = loss(scores, gold, Math.exp(a));
            } else {
                low = a;
                a = b;
                fa = fb;
                b = low + ratio * (high - low);
                fb = loss(scores, gold, Math.exp(b));
            }
        }
        return Math.exp((low + high) / 2);
    }

    /** Mean negative log-likelihood of the right labels at a temperature. */
    public static double loss(List<double[]> scores, int[] gold, double temperature) {
        double total = 0;
        for (int i = 0; i < gold.length; i++) {
            double[] p = LinearModel.softmax(scores.get(i), temperature);
            total -= Math.log(Math.max(p[gold[i]], 1e-12));
        }
        return total / gold.length;
    }
}
