package es.madrid.linea.knowledge.evaluation;

import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.knowledge.KnowledgeHit;
import java.util.ArrayList;
import java.util.List;

/**
 * Search quality over a set of questions: recall@1 and recall@3 (the share of questions with a right procedure first,
 * or among the first three) and MRR (the mean of 1/rank of the first right procedure within the first 10; 0 when
 * none).
 *
 * @param misses the questions whose first hit was not right, with what came first
 * @param firstHits the score of each question's first hit and whether it was right, to choose the dialogue's
 *     confidence threshold
 */
public record SearchEvaluation(
        int questions, double recallAt1, double recallAt3, double mrr, List<Miss> misses, List<FirstHit> firstHits) {

    static final int DEPTH = 10;

    /** A question whose best hit was wrong. */
    public record Miss(EvaluationQuestion question, int rank, List<String> got) {}

    /** The first hit of a question: its score, and whether it was one of the expected procedures. */
    public record FirstHit(double score, boolean right) {}

    /**
     * Of the questions whose first hit scores at least {@code threshold}: how many there are (as a share of all) and
     * how many of those first hits are right.
     */
    public record Confidence(double threshold, double answered, double precision) {}

    public Confidence confidenceAt(double threshold) {
        List<FirstHit> above =
                firstHits.stream().filter(h -> h.score() >= threshold).toList();
        long right = above.stream().filter(FirstHit::right).count();
        return new Confidence(
                threshold,
                questions == 0 ? 0 : (double) above.size() / questions,
                above.isEmpty() ? 0 : (double) right / above.size());
    }

    public static SearchEvaluation run(KnowledgeBase knowledge, List<EvaluationQuestion> questions) {
        int first = 0;
        int topThree = 0;
        double reciprocal = 0;
        List<Miss> misses = new ArrayList<>();
        List<FirstHit> firstHits = new ArrayList<>();
        for (EvaluationQuestion question : questions) {
            List<KnowledgeHit> hits = knowledge.search(question.text(), DEPTH);
            List<String> got = hits.stream().map(KnowledgeHit::id).toList();
            int rank = rankOfFirstRight(got, question.expected());
            if (!hits.isEmpty()) {
                firstHits.add(new FirstHit(hits.get(0).score(), rank == 1));
            }
            if (rank == 1) {
                first++;
            } else {
                misses.add(new Miss(question, rank, got.subList(0, Math.min(3, got.size()))));
            }
            if (rank >= 1 && rank <= 3) {
                topThree++;
            }
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
        }
        int n = questions.size();
        return new SearchEvaluation(
                n,
                n == 0 ? 0 : (double) first / n,
                n == 0 ? 0 : (double) topThree / n,
                n == 0 ? 0 : reciprocal / n,
                List.copyOf(misses),
                List.copyOf(firstHits));
    }

    /** 1-based rank of the first expected id, or 0 when none is in the list. */
    static int rankOfFirstRight(List<String> got, List<String> expected) {
        for (int i = 0; i < got.size(); i++) {
            if (expected.contains(got.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
