package es.madrid.linea.bot.nlu.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Accuracy, macro-F1, per-label precision/recall/F1 and the confusion matrix of gold and predicted labels. */
final class ClassificationReport {

    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private int total;
    private int right;

    void add(String gold, String predicted) {
        confusion.computeIfAbsent(gold, g -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        total++;
        if (gold.equals(predicted)) {
            right++;
        }
    }

    int total() {
        return total;
    }

    double accuracy() {
        return total == 0 ? 0 : right / (double) total;
    }

    List<String> labels() {
        TreeSet<String> labels = new TreeSet<>(confusion.keySet());
        confusion.values().forEach(row -> labels.addAll(row.keySet()));
        return new ArrayList<>(labels);
    }

    /** Precision, recall and F1 of one label. */
    double[] scores(String label) {
        int truePositives = count(label, label);
        int predicted = 0;
        for (Map<String, Integer> row : confusion.values()) {
            predicted += row.getOrDefault(label, 0);
        }
        int actual = confusion.getOrDefault(label, Map.of()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        double precision = predicted == 0 ? 0 : truePositives / (double) predicted;
        double recall = actual == 0 ? 0 : truePositives / (double) actual;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1, actual};
    }

    /** Mean F1 over the labels that occur in the gold data. */
    double macroF1() {
        return confusion.keySet().stream()
                .mapToDouble(l -> scores(l)[2])
                .average()
                .orElse(0);
    }

    int count(String gold, String predicted) {
        return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    ObjectNode toJson(boolean withConfusion) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("rows", total);
        json.put("accuracy", accuracy());
        json.put("macroF1", macroF1());
        ObjectNode perLabel = json.putObject("perLabel");
        for (String label : labels()) {
            double[] s = scores(label);
            ObjectNode node = perLabel.putObject(label);
            node.put("precision", s[0]);
            node.put("recall", s[1]);
            node.put("f1", s[2]);
            node.put("support", (int) s[3]);
        }
        if (withConfusion) {
            ObjectNode matrix = json.putObject("confusion");
            confusion.forEach((gold, row) -> {
                ObjectNode node = matrix.putObject(gold);
                row.forEach(node::put);
            });
        }
        return json;
    }
}
