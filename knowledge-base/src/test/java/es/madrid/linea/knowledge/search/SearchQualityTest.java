package es.madrid.linea.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.knowledge.KbContent;
import es.madrid.linea.knowledge.evaluation.EvaluationQuestion;
import es.madrid.linea.knowledge.evaluation.SearchEvaluation;
import org.junit.jupiter.api.Test;

/**
 * The search keeps meeting its targets on the team's questions ({@code kb-content/eval/kb-dev.jsonl}): a change to
 * the analysis, the ranking or the content that makes citizens' questions land worse fails the build. {@code
 * bin/kb-eval} prints the same figures with the questions it misses.
 */
class SearchQualityTest {

    @Test
    void recallOnTheDevelopmentQuestionsMeetsTheTargets() throws Exception {
        var questions = EvaluationQuestion.read(KbContent.path().resolve("eval/kb-dev.jsonl"));
        try (LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(KbContent.procedures())) {
            SearchEvaluation result = SearchEvaluation.run(knowledge, questions);

            assertThat(result.questions()).isGreaterThanOrEqualTo(150);
            assertThat(result.recallAt3()).as("recall@3").isGreaterThanOrEqualTo(0.92);
            assertThat(result.recallAt1()).as("recall@1").isGreaterThanOrEqualTo(0.80);
        }
    }
}
