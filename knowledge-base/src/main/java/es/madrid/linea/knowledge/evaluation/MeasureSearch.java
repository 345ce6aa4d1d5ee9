package es.madrid.linea.knowledge.evaluation;

import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.KnowledgeContent;
import es.madrid.linea.knowledge.search.LuceneKnowledgeBase;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints how long building the index of the whole content takes, how long one search takes (p50, p90, p99, max over
 * every question of an evaluation file, many times) and how long a publication takes until the next search finds it.
 * Each figure is given as elapsed time and as the CPU time of the measuring thread: on a machine shared with other
 * work the elapsed time includes waiting for a core, the CPU time does not. Usage: {@code MeasureSearch <kb-content
 * folder> <questions.jsonl>}; {@code bin/kb-bench} runs it.
 */
public final class MeasureSearch {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int BUILDS = 30;
    private static final int SEARCH_ROUNDS = 30;
    private static final int PUBLICATIONS = 200;

    private MeasureSearch() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MeasureSearch <kb-content folder> <questions.jsonl>");
            System.exit(2);
        }
        long readStart = System.nanoTime();
        KnowledgeContent content =
                KnowledgeContent.read(ContentFolder.onDisk(Path.of(args[0]))).orFail();
        double readMillis = millis(System.nanoTime() - readStart);
        List<Procedure> procedures = content.procedures();
        List<EvaluationQuestion> questions = EvaluationQuestion.read(Path.of(args[1]));

        Timings builds = new Timings();
        for (int i = -WARM_UP_ROUNDS; i < BUILDS; i++) {
            Timings.Start start = Timings.start();
            new LuceneKnowledgeBase(procedures).close();
            if (i >= 0) {
                builds.add(start);
            }
        }

        try (LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(procedures)) {
            Timings searches = new Timings();
            Timings ranks = new Timings();
            for (int round = -WARM_UP_ROUNDS; round < SEARCH_ROUNDS; round++) {
                for (EvaluationQuestion question : questions) {
                    Timings.Start start = Timings.start();
                    knowledge.search(question.text(), 5);
                    if (round >= 0) {
                        searches.add(start);
                    }
                    start = Timings.start();
                    knowledge.rank(question.text(), 8);
                    if (round >= 0) {
                        ranks.add(start);
                    }
                }
            }
            Timings publications = new Timings();
            Procedure changing = procedures.get(0);
            for (int i = 0; i < PUBLICATIONS; i++) {
                Timings.Start start = Timings.start();
                knowledge.publish(changing.withRevision(i + 2));
                knowledge.search(changing.title(), 1);
                publications.add(start);
            }

            Runtime runtime = Runtime.getRuntime();
            System.out.printf(
                    Locale.ROOT,
                    "Machine: %d cores, Java %s, %s %s, max heap %d MB%n",
                    runtime.availableProcessors(),
                    System.getProperty("java.version"),
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"),
                    runtime.maxMemory() / (1024 * 1024));
            System.out.printf(
                    Locale.ROOT,
                    "Content: %d procedures, read and checked in %.0f ms%n",
                    procedures.size(),
                    readMillis);
            System.out.printf(
                    Locale.ROOT,
                    "Index build, whole content (%d builds after %d warm-up):%n%s",
                    BUILDS,
                    WARM_UP_ROUNDS,
                    builds.report(50, 100));
            System.out.printf(
                    Locale.ROOT,
                    "Search, one thread (%d searches: %d questions x %d rounds):%n%s",
                    SEARCH_ROUNDS * questions.size(),
                    questions.size(),
                    SEARCH_ROUNDS,
                    searches.report(50, 90, 99, 100));
            System.out.printf(
                    Locale.ROOT,
                    "Rank without snippets, as the dialogue searches (same questions and rounds):%n%s",
                    ranks.report(50, 90, 99, 100));
            System.out.printf(
                    Locale.ROOT,
                    "Publish until the next search finds it (%d publications):%n%s",
                    PUBLICATIONS,
                    publications.report(50, 99));
        }
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** The nearest-rank percentile of some values. */
    static double percentile(double[] values, double percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
