package es.madrid.linea.bot.nlu.evaluation;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.entities.Districts;
import es.madrid.linea.bot.nlu.entities.EntityExtraction;
import es.madrid.linea.bot.nlu.incidents.IncidentCategoryClassifier;
import es.madrid.linea.bot.nlu.intents.IntentClassifier;
import es.madrid.linea.bot.nlu.intents.LabelledText;
import es.madrid.linea.bot.nlu.trained.TrainedUnderstanding;
import es.madrid.linea.bot.nlu.training.ConsoleOutput;
import es.madrid.linea.bot.nlu.training.IntentDevSet;
import es.madrid.linea.bot.nlu.training.NluModels;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Measures how long understanding one message takes, on one thread: loading the models, then the intent
 * classification alone and the whole parse (entities, intent, Avisos categories) over the texts of an intents file,
 * after a warm-up. Run it with {@code bin/nlu-benchmark} (see the README).
 */
public final class NluBenchmark {

    private NluBenchmark() {}

    public static void main(String[] args) {
        PrintStream out = ConsoleOutput.open();
        Path file = Path.of(args.length > 0 ? args[0] : "kb-content/eval/intents-dev.jsonl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long start = System.nanoTime();
        IntentClassifier intents = NluModels.intentsFromClasspath();
        EntityExtraction entities = EntityExtraction.standard(Districts.fromClasspath());
        long loaded = System.nanoTime();
        IncidentCategoryClassifier categories = NluModels.incidentCategoriesFromClasspath();
        out.printf(
                "intent model and districts loaded in %.0f ms (at start-up); category model in %.0f ms (in the "
                        + "background)%n",
                (loaded - start) / 1e6, (System.nanoTime() - loaded) / 1e6);
        TrainedUnderstanding understanding = new TrainedUnderstanding(entities, intents, categories);
        List<String> texts =
                IntentDevSet.read(file).stream().map(LabelledText::text).toList();
        ZonedDateTime now = ZonedDateTime.parse("2026-11-29T10:00:00+01:00");
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            texts.forEach(t -> understanding.parse(t, now));
        }
        long[] intentOnly = new long[texts.size() * rounds];
        long[] parse = new long[texts.size() * rounds];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (String text : texts) {
                List<Entity> found = entities.spans(text);
                long t0 = System.nanoTime();
                intents.classify(text, found);
                long t1 = System.nanoTime();
                understanding.parse(text, now);
                long t2 = System.nanoTime();
                intentOnly[n] = t1 - t0;
                parse[n++] = t2 - t1;
            }
        }
        out.printf(
                "%d messages x %d rounds on %d available processors%n",
                texts.size(), rounds, Runtime.getRuntime().availableProcessors());
        report(out, "intent classification", intentOnly);
        report(out, "whole parse (entities + intent + categories)", parse);
    }

    private static void report(PrintStream out, String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1000;
        out.printf(
                "%-46s mean %7.1f µs   p50 %7.1f µs   p99 %7.1f µs%n",
                what, mean, sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0);
    }
}
