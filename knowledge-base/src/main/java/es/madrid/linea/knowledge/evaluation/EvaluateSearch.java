package es.madrid.linea.knowledge.evaluation;

import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.KnowledgeContent;
import es.madrid.linea.knowledge.search.LuceneKnowledgeBase;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints recall@1, recall@3 and MRR of the search over a JSONL evaluation file, and the questions it got wrong.
 * Usage: {@code EvaluateSearch <kb-content folder> <questions.jsonl>}; {@code bin/kb-eval} runs it.
 */
public final class EvaluateSearch {

    private EvaluateSearch() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EvaluateSearch <kb-content folder> <questions.jsonl>");
            System.exit(2);
        }
        KnowledgeContent content =
                KnowledgeContent.read(ContentFolder.onDisk(Path.of(args[0]))).orFail();
        List<EvaluationQuestion> questions = EvaluationQuestion.read(Path.of(args[1]));
        try (LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(content.procedures())) {
            SearchEvaluation result = SearchEvaluation.run(knowledge, questions);
            System.out.println("Questions whose best hit was not right:");
            for (SearchEvaluation.Miss miss : result.misses()) {
                System.out.printf(
                        Locale.ROOT,
                        "  rank %s  %s%n      expected %s, got %s%n",
                        miss.rank() == 0 ? "-" : String.valueOf(miss.rank()),
                        miss.question().text(),
                        miss.question().expected(),
                        miss.got());
            }
            System.out.printf(
                    Locale.ROOT, "%nSearch evaluation: %s%n", Path.of(args[1]).getFileName());
            System.out.printf(
                    Locale.ROOT, "  procedures  %d%n", content.procedures().size());
            System.out.printf(Locale.ROOT, "  questions   %d%n", result.questions());
            System.out.printf(Locale.ROOT, "  recall@1    %.3f%n", result.recallAt1());
            System.out.printf(Locale.ROOT, "  recall@3    %.3f%n", result.recallAt3());
            System.out.printf(Locale.ROOT, "  MRR@10      %.3f%n", result.mrr());
            System.out.printf(Locale.ROOT, "%nFirst hit score  answered  right among answered%n");
            for (double threshold = 0.3; threshold < 0.85; threshold += 0.1) {
                SearchEvaluation.Confidence at = result.confidenceAt(threshold);
                System.out.printf(
                        Locale.ROOT,
                        "  >= %.1f         %5.1f%%    %5.1f%%%n",
                        threshold,
                        100 * at.answered(),
                        100 * at.precision());
            }
        }
    }
}
