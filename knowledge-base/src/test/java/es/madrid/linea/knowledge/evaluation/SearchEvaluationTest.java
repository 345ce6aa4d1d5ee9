package es.madrid.linea.knowledge.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import es.madrid.linea.bot.knowledge.InMemoryKnowledgeBase;
import es.madrid.linea.bot.testing.ProcedureFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchEvaluationTest {

    @Test
    void recallAndMrrCountTheRankOfTheFirstRightProcedure() {
        var knowledge = new InMemoryKnowledgeBase(ProcedureFixture.all());
        List<EvaluationQuestion> questions = List.of(
                new EvaluationQuestion("pagar el IBI", List.of("ibi-pago")),
                new EvaluationQuestion("pagar el IBI", List.of("no-existe", "ibi-pago")),
                new EvaluationQuestion("pagar el IBI", List.of("no-existe")));

        SearchEvaluation result = SearchEvaluation.run(knowledge, questions);

        assertThat(result.questions()).isEqualTo(3);
        assertThat(result.recallAt1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(result.recallAt3()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(result.mrr()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(result.misses())
                .singleElement()
                .satisfies(miss -> assertThat(miss.rank()).isZero());
    }

    @Test
    void theRankIsOneBasedAndZeroWhenMissing() {
        assertThat(SearchEvaluation.rankOfFirstRight(List.of("a", "b", "c"), List.of("c", "b")))
                .isEqualTo(2);
        assertThat(SearchEvaluation.rankOfFirstRight(List.of("a"), List.of("z")))
                .isZero();
        assertThat(SearchEvaluation.rankOfFirstRight(List.of(), List.of("z"))).isZero();
    }

    @Test
    void confidenceSaysHowManyFirstHitsAboveAScoreAreRight() {
        SearchEvaluation result = new SearchEvaluation(
                4,
                0.5,
                0.5,
                0.5,
                List.of(),
                List.of(
                        new SearchEvaluation.FirstHit(0.9, true),
                        new SearchEvaluation.FirstHit(0.6, false),
                        new SearchEvaluation.FirstHit(0.2, true)));

        assertThat(result.confidenceAt(0.5)).isEqualTo(new SearchEvaluation.Confidence(0.5, 0.5, 0.5));
        assertThat(result.confidenceAt(0.95).precision()).isZero();
    }
}
