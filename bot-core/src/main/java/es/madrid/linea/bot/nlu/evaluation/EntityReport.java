package es.madrid.linea.bot.nlu.evaluation;

import es.madrid.linea.bot.nlu.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Entity precision and recall, overall and per type. An entity counts as right only when type, normalised value and
 * text all match an expected one (each expected entity matches at most once).
 */
final class EntityReport {

    private final Map<String, int[]> perType = new TreeMap<>(); // true positives, false positives, false negatives
    private final List<String> mistakes = new ArrayList<>();

    void add(String text, List<Entity> expected, List<Entity> found) {
        List<String> missing =
                new ArrayList<>(expected.stream().map(EntityReport::key).toList());
        for (Entity entity : found) {
            int[] counts = perType.computeIfAbsent(entity.type(), t -> new int[3]);
            if (missing.remove(key(entity))) {
                counts[0]++;
            } else {
                counts[1]++;
                mistakes.add("unexpected " + key(entity) + " in: " + text);
            }
        }
        for (String key : missing) {
            perType.computeIfAbsent(key.substring(0, key.indexOf('|')), t -> new int[3])[2]++;
            mistakes.add("missing " + key + " in: " + text);
        }
    }

    List<String> mistakes() {
        return mistakes;
    }

    Map<String, int[]> perType() {
        return perType;
    }

    double[] overall() {
        int[] sum = new int[3];
        perType.values().forEach(c -> {
            sum[0] += c[0];
            sum[1] += c[1];
            sum[2] += c[2];
        });
        return scores(sum);
    }

    static double[] scores(int[] counts) {
        double precision = counts[0] + counts[1] == 0 ? 1 : counts[0] / (double) (counts[0] + counts[1]);
        double recall = counts[0] + counts[2] == 0 ? 1 : counts[0] / (double) (counts[0] + counts[2]);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        double[] all = overall();
        json.put("precision", all[0]);
        json.put("recall", all[1]);
        json.put("f1", all[2]);
        ObjectNode types = json.putObject("perType");
        perType.forEach((type, counts) -> {
            double[] s = scores(counts);
            ObjectNode node = types.putObject(type);
            node.put("precision", s[0]);
            node.put("recall", s[1]);
            node.put("f1", s[2]);
            node.put("expected", counts[0] + counts[2]);
            node.put("found", counts[0] + counts[1]);
        });
        mistakes.forEach(json.putArray("mistakes")::add);
        return json;
    }

    private static String key(Entity entity) {
        return entity.type() + "|" + entity.value() + "|" + entity.text();
    }
}
