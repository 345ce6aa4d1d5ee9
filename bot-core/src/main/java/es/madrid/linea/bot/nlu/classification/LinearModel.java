package es.madrid.linea.bot.nlu.classification;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * A trained multinomial logistic regression over hashed features: for each known feature one weight per label, plus
 * a bias per label. Scoring a text is a few hundred look-ups and multiply-adds, microseconds per message. The
 * probabilities are softened or sharpened by a temperature fitted on dev data (see {@link TemperatureScaling}), so
 * that a confidence of 0.8 is right about 80% of the time.
 */
public final class LinearModel {

    private static final int FORMAT = 3;

    private final List<String> labels;
    private final long[] keys;
    private final float[] idf;
    private final float[] weights;
    private final float[] bias;
    private final double temperature;

    LinearModel(List<String> labels, long[] keys, float[] idf, float[] weights, float[] bias, double temperature) {
        if (weights.length != keys.length * labels.size()
                || bias.length != labels.size()
                || idf.length != keys.length) {
            throw new IllegalArgumentException("weights do not match the features and labels");
        }
        this.labels = List.copyOf(labels);
        this.keys = keys;
        this.idf = idf;
        this.weights = weights;
        this.bias = bias;
        this.temperature = temperature;
    }

    public List<String> labels() {
        return labels;
    }

    public int featureCount() {
        return keys.length;
    }

    public double temperature() {
        return temperature;
    }

    /** The same model with another temperature. */
    public LinearModel withTemperature(double newTemperature) {
        if (!(newTemperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive");
        }
        return new LinearModel(labels, keys, idf, weights, bias, newTemperature);
    }

    /** Raw scores (logits) per label, in the order of {@link #labels()}, before the temperature. */
    public double[] scores(long[] features) {
        int labelCount = labels.size();
        double[] scores = new double[labelCount];
        for (int c = 0; c < labelCount; c++) {
            scores[c] = bias[c];
        }
        int[] rows = rows(keys, features);
        double[] values = values(idf, rows);
        for (int k = 0; k < rows.length; k++) {
            int offset = rows[k] * labelCount;
            double value = values[k];
            for (int c = 0; c < labelCount; c++) {
                scores[c] += weights[offset + c] * value;
            }
        }
        return scores;
    }

    /** The rows of the known features among a text's features. */
    static int[] rows(long[] keys, long[] features) {
        int[] found = new int[features.length];
        int known = 0;
        for (long feature : features) {
            int row = Arrays.binarySearch(keys, feature);
            if (row >= 0) {
                found[known++] = row;
            }
        }
        return Arrays.copyOf(found, known);
    }

    /**
     * The value of each known feature: its inverse document frequency, the vector scaled to length 1, so that rare,
     * telling words weigh more than common ones and long texts do not shout louder than short ones.
     */
    static double[] values(float[] idf, int[] rows) {
        double[] values = new double[rows.length];
        double norm = 0;
        for (int k = 0; k < rows.length; k++) {
            values[k] = idf[rows[k]];
            norm += values[k] * values[k];
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int k = 0; k < values.length; k++) {
                values[k] *= scale;
            }
        }
        return values;
    }

    /** Calibrated probabilities per label, in the order of {@link #labels()}. */
    public double[] probabilities(long[] features) {
        return softmax(scores(features), temperature);
    }

    /** Softmax of scores divided by a temperature. */
    public static double[] softmax(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] p = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp((scores[i] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * Writes the model. Each feature's weights are stored as bytes scaled by the row's largest weight: a quarter of the
     * size of floats (the Avisos model loads in a fraction of a second), with an error under 1/254 of that weight per
     * weight, which moves the dev figures by less than their noise (see the README).
     */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(labels.size());
        for (String label : labels) {
            out.writeUTF(label);
        }
        out.writeDouble(temperature);
        out.writeInt(keys.length);
        ByteBuffer header = ByteBuffer.allocate(keys.length * 12);
        for (int i = 0; i < keys.length; i++) {
            header.putLong(keys[i]).putFloat(idf[i]);
        }
        out.write(header.array());
        for (float b : bias) {
            out.writeFloat(b);
        }
        int labelCount = labels.size();
        ByteBuffer rows = ByteBuffer.allocate(keys.length * (4 + labelCount));
        for (int row = 0; row < keys.length; row++) {
            float max = 0;
            for (int c = 0; c < labelCount; c++) {
                max = Math.max(max, Math.abs(weights[row * labelCount + c]));
            }
            float scale = max == 0 ? 0 : max / Byte.MAX_VALUE;
            rows.putFloat(scale);
            for (int c = 0; c < labelCount; c++) {
                rows.put(scale == 0 ? 0 : (byte) Math.round(weights[row * labelCount + c] / scale));
            }
        }
        out.write(rows.array());
    }

    public static LinearModel read(DataInputStream in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("unknown model format " + format);
        }
        String[] labels = new String[in.readInt()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = in.readUTF();
        }
        double temperature = in.readDouble();
        int featureCount = in.readInt();
        ByteBuffer header = ByteBuffer.wrap(in.readNBytes(featureCount * 12));
        long[] keys = new long[featureCount];
        float[] idf = new float[featureCount];
        for (int i = 0; i < featureCount; i++) {
            keys[i] = header.getLong();
            idf[i] = header.getFloat();
        }
        float[] bias = new float[labels.length];
        for (int i = 0; i < bias.length; i++) {
            bias[i] = in.readFloat();
        }
        int labelCount = labels.length;
        ByteBuffer rows = ByteBuffer.wrap(in.readNBytes(featureCount * (4 + labelCount)));
        if (rows.remaining() != featureCount * (4 + labelCount)) {
            throw new IOException("truncated model");
        }
        float[] weights = new float[featureCount * labelCount];
        for (int row = 0; row < featureCount; row++) {
            float scale = rows.getFloat();
            for (int c = 0; c < labelCount; c++) {
                weights[row * labelCount + c] = rows.get() * scale;
            }
        }
        return new LinearModel(List.of(labels), keys, idf, weights, bias, temperature);
    }
}
