package es.madrid.linea.bot.nlu.evaluation;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.entities.Districts;
import es.madrid.linea.bot.nlu.entities.EntityExtraction;
import es.madrid.linea.bot.nlu.incidents.AvisosReport;
import es.madrid.linea.bot.nlu.incidents.IncidentCategoryClassifier;
import es.madrid.linea.bot.nlu.intents.IntentClassifier;
import es.madrid.linea.bot.nlu.intents.IntentPrediction;
import es.madrid.linea.bot.nlu.intents.LabelledText;
import es.madrid.linea.bot.nlu.intents.OutOfScopeCorpus;
import es.madrid.linea.bot.nlu.training.ConsoleOutput;
import es.madrid.linea.bot.nlu.training.IntentDevSet;
import es.madrid.linea.bot.nlu.training.JsonLines;
import es.madrid.linea.bot.nlu.training.NluModels;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The evaluation command: measures the packaged models on JSONL/TSV files and prints, and writes as JSON, intent
 * accuracy, macro-F1, per-intent precision/recall/F1 and the confusion matrix; out-of-scope precision and recall and
 * what the out-of-scope decision costs in-scope; entity precision/recall per type; incident-category top-1/top-3
 * accuracy and macro-F1. Run it with {@code bin/evaluate-nlu} (see the README).
 *
 * <p>Arguments, each repeatable: {@code --intents file.jsonl} (text + intent), {@code --out-of-scope file.tsv} (every
 * row out of scope), {@code --entities file.jsonl} (text + referenceTime + expected), {@code --avisos file.jsonl[.gz]}
 * (Avisos rows), and {@code --json report.json}.
 */
public final class NluEvaluation {

    private final EntityExtraction entities;
    private final IntentClassifier intents;
    private final IncidentCategoryClassifier categories;
    private final PrintStream out;

    NluEvaluation(EntityExtraction entities, NluModels models, PrintStream out) {
        this.entities = entities;
        this.intents = models.intents();
        this.categories = models.incidentCategories();
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<Path>> files = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            files.computeIfAbsent(args[i], k -> new ArrayList<>()).add(Path.of(args[i + 1]));
        }
        if (args.length % 2 != 0 || files.isEmpty()) {
            throw new IllegalArgumentException("usage: --intents f.jsonl --out-of-scope f.tsv --entities f.jsonl "
                    + "--avisos f.jsonl[.gz] --json report.json (each optional and repeatable)");
        }
        PrintStream out = ConsoleOutput.open();
        NluEvaluation evaluation =
                new NluEvaluation(EntityExtraction.standard(Districts.fromClasspath()), NluModels.fromClasspath(), out);
        ObjectNode report = evaluation.run(files);
        for (Path json : files.getOrDefault("--json", List.of())) {
            Files.writeString(json, report.toPrettyString());
            out.println("report written to " + json);
        }
    }

    ObjectNode run(Map<String, List<Path>> files) {
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        List<LabelledText> intentRows = new ArrayList<>();
        files.getOrDefault("--intents", List.of()).forEach(f -> intentRows.addAll(IntentDevSet.read(f)));
        List<LabelledText> outOfScopeRows = new ArrayList<>();
        files.getOrDefault("--out-of-scope", List.of()).forEach(f -> outOfScopeRows.addAll(OutOfScopeCorpus.read(f)));
        if (!intentRows.isEmpty()) {
            report.set("intents", intents(intentRows));
        }
        if (!intentRows.isEmpty() || !outOfScopeRows.isEmpty()) {
            report.set("outOfScope", outOfScope(intentRows, outOfScopeRows));
        }
        List<JsonNode> entityRows = new ArrayList<>();
        files.getOrDefault("--entities", List.of()).forEach(f -> entityRows.addAll(JsonLines.read(f)));
        if (!entityRows.isEmpty()) {
            report.set("entities", entities(entityRows));
        }
        List<AvisosReport> avisos = new ArrayList<>();
        files.getOrDefault("--avisos", List.of()).forEach(f -> avisos.addAll(AvisosReport.read(f)));
        if (!avisos.isEmpty()) {
            report.set("incidentCategories", categories(avisos));
        }
        return report;
    }

    private ObjectNode intents(List<LabelledText> rows) {
        ClassificationReport report = new ClassificationReport();
        for (LabelledText row : rows) {
            report.add(row.intent(), predict(row.text()).intent().name());
        }
        out.printf("%n== Intents (%d rows)%n", report.total());
        out.printf("accuracy %.4f   macro-F1 %.4f%n", report.accuracy(), report.macroF1());
        out.printf("%-24s %9s %9s %9s %8s%n", "intent", "precision", "recall", "F1", "support");
        for (String label : report.labels()) {
            double[] s = report.scores(label);
            out.printf("%-24s %9.4f %9.4f %9.4f %8d%n", label, s[0], s[1], s[2], (int) s[3]);
        }
        out.println("confusion matrix (rows: gold, columns: predicted, in the order above)");
        List<String> labels = report.labels();
        for (String gold : labels) {
            StringBuilder line = new StringBuilder(String.format("%-24s", gold));
            for (String predicted : labels) {
                line.append(String.format("%4d", report.count(gold, predicted)));
            }
            out.println(line);
        }
        return report.toJson(true);
    }

    private ObjectNode outOfScope(List<LabelledText> intentRows, List<LabelledText> corpusRows) {
        List<LabelledText> all = new ArrayList<>(intentRows);
        all.addAll(corpusRows);
        int truePositives = 0;
        int predicted = 0;
        int actual = 0;
        int corpusCaught = 0;
        int inScope = 0;
        int inScopeRight = 0;
        int inScopeRightWithoutDecision = 0;
        for (LabelledText row : all) {
            IntentPrediction prediction = predict(row.text());
            boolean saidOutOfScope = prediction.intent().name().equals(Intents.OUT_OF_SCOPE);
            boolean isOutOfScope = row.intent().equals(Intents.OUT_OF_SCOPE);
            predicted += saidOutOfScope ? 1 : 0;
            actual += isOutOfScope ? 1 : 0;
            truePositives += saidOutOfScope && isOutOfScope ? 1 : 0;
            if (saidOutOfScope && isOutOfScope && corpusRows.contains(row)) {
                corpusCaught++;
            }
            if (!isOutOfScope) {
                inScope++;
                inScopeRight += prediction.intent().name().equals(row.intent()) ? 1 : 0;
                String bestInScope = prediction.ranking().stream()
                        .map(Intent::name)
                        .filter(n -> !n.equals(Intents.OUT_OF_SCOPE))
                        .findFirst()
                        .orElse("");
                inScopeRightWithoutDecision += bestInScope.equals(row.intent()) ? 1 : 0;
            }
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("precision", predicted == 0 ? 0 : truePositives / (double) predicted);
        json.put("recall", actual == 0 ? 0 : truePositives / (double) actual);
        json.put("corpusRows", corpusRows.size());
        json.put("corpusRecall", corpusRows.isEmpty() ? 0 : corpusCaught / (double) corpusRows.size());
        json.put("inScopeRows", inScope);
        json.put("inScopeAccuracy", inScope == 0 ? 0 : inScopeRight / (double) inScope);
        json.put("inScopeAccuracyWithoutOutOfScope", inScope == 0 ? 0 : inScopeRightWithoutDecision / (double) inScope);
        json.put("threshold", intents.thresholds().outOfScope());
        out.printf(
                "%n== Out of scope (%d rows out of scope, %d in scope; threshold %.2f)%n",
                actual, inScope, intents.thresholds().outOfScope());
        out.printf(
                "precision %.4f   recall %.4f   recall on the --out-of-scope files %.4f (%d rows)%n",
                json.get("precision").asDouble(),
                json.get("recall").asDouble(),
                json.get("corpusRecall").asDouble(),
                corpusRows.size());
        out.printf(
                "in-scope accuracy %.4f with the out-of-scope decision, %.4f without (drop %.2f points)%n",
                json.get("inScopeAccuracy").asDouble(),
                json.get("inScopeAccuracyWithoutOutOfScope").asDouble(),
                100
                        * (json.get("inScopeAccuracyWithoutOutOfScope").asDouble()
                                - json.get("inScopeAccuracy").asDouble()));
        return json;
    }

    private ObjectNode entities(List<JsonNode> rows) {
        EntityReport report = new EntityReport();
        for (JsonNode row : rows) {
            String text = row.path("text").asString("");
            ZonedDateTime now = ZonedDateTime.parse(row.path("referenceTime").asString());
            List<Entity> expected = new ArrayList<>();
            for (JsonNode e : row.path("expected")) {
                expected.add(new Entity(
                        e.path("type").asString(),
                        e.path("value").asString(),
                        e.path("text").asString(),
                        0,
                        0));
            }
            report.add(text, expected, entities.extract(text, now));
        }
        double[] all = report.overall();
        out.printf("%n== Entities (%d rows)%n", rows.size());
        out.printf("precision %.4f   recall %.4f   F1 %.4f%n", all[0], all[1], all[2]);
        out.printf("%-12s %9s %9s %9s %9s%n", "type", "precision", "recall", "expected", "found");
        report.perType().forEach((type, c) -> {
            double[] s = EntityReport.scores(c);
            out.printf("%-12s %9.4f %9.4f %9d %9d%n", type, s[0], s[1], c[0] + c[2], c[0] + c[1]);
        });
        report.mistakes().forEach(m -> out.println("  " + m));
        return report.toJson();
    }

    private ObjectNode categories(List<AvisosReport> rows) {
        ClassificationReport top1 = new ClassificationReport();
        int inTop3 = 0;
        for (AvisosReport row : rows) {
            String text = row.description();
            List<String> ranked = categories.rank(text, entities.spans(text)).stream()
                    .map(c -> c.serviceId())
                    .limit(3)
                    .toList();
            top1.add(row.serviceId(), ranked.get(0));
            inTop3 += ranked.contains(row.serviceId()) ? 1 : 0;
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("rows", rows.size());
        json.put("top1", top1.accuracy());
        json.put("top3", inTop3 / (double) rows.size());
        json.put("macroF1", top1.macroF1());
        json.set("perCategory", top1.toJson(false).get("perLabel"));
        out.printf("%n== Incident categories (%d rows)%n", rows.size());
        out.printf(
                "top-1 %.4f   top-3 %.4f   macro-F1 %.4f%n",
                top1.accuracy(), inTop3 / (double) rows.size(), top1.macroF1());
        return json;
    }

    private IntentPrediction predict(String text) {
        return intents.classify(text, entities.spans(text));
    }
}
