package es.madrid.linea.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.testing.ProcedureFixture;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryKnowledgeBaseTest {

    private final InMemoryKnowledgeBase knowledge = new InMemoryKnowledgeBase(ProcedureFixture.all());

    @Test
    void aQuestionInTheCitizensWordsFindsTheProcedureByItsSynonyms() {
        assertThat(knowledge.search("¿Dónde pago la contribución?", 3))
                .first()
                .extracting(KnowledgeHit::id)
                .isEqualTo("ibi-pago");
    }

    @Test
    void scoresStayBetweenZeroAndOneAndTheBestComesFirst() {
        var hits = knowledge.search("certificado de empadronamiento", 5);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).id()).isEqualTo("padron-certificado-empadronamiento");
        assertThat(hits).allSatisfy(hit -> assertThat(hit.score()).isBetween(0.0, 1.0));
        assertThat(hits.get(0).ref())
                .isEqualTo(new ProcedureRef(hits.get(0).id(), 1, hits.get(0).score()));
    }

    @Test
    void aCategoryFilterKeepsOnlyThatCategory() {
        assertThat(knowledge.search("pagar el padrón", Set.of("padron"), 5))
                .extracting(KnowledgeHit::id)
                .doesNotContain("ibi-pago")
                .isNotEmpty();
    }

    @Test
    void textWithNoWordsFindsNothing() {
        assertThat(knowledge.search("*:* \"(((", 5)).isEmpty();
        assertThat(knowledge.search("", 5)).isEmpty();
    }

    @Test
    void aProcedureIsReadByItsId() {
        assertThat(knowledge.procedure("ibi-pago")).map(Procedure::title).hasValue("Pagar el IBI (la contribución)");
        assertThat(knowledge.procedure("no-existe")).isEmpty();
    }
}
