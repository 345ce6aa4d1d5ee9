package es.madrid.linea.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * What the analysis chain must do, one line per expectation, in the manner of Lucene's analyzer tests: the terms a
 * procedure is indexed with, and the terms a citizen's question becomes.
 */
class SpanishAnalysisTest {

    private static final Analyzer INDEX = CitizenAnalyzer.forIndexing();
    private static final Analyzer QUESTION = CitizenAnalyzer.forQuestions(Equivalences.load());

    @Test
    void verbsAndNounsOfTheSameWordShareAStem() {
        assertIndexed("empadronamiento", "empadron");
        assertIndexed("empadronarme", "empadron");
        assertIndexed("empadronarse", "empadron");
        assertIndexed("domiciliación", "domicili");
        assertIndexed("domiciliar", "domicili");
        assertIndexed("certificados", "certific");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertIndexed("plusvalía", "plusvali");
        assertIndexed("plusvalia", "plusvali");
        assertIndexed("IBI", "ibi");
        assertIndexed("ibi", "ibi");
        assertIndexed("Domiciliacion", "domicili");
        assertIndexed("PADRÓN", "padron");
    }

    @Test
    void stopWordsAreDroppedWithOrWithoutAccents() {
        assertIndexed("los");
        assertIndexed("qué");
        assertIndexed("que");
        assertIndexed("más");
        assertIndexed("¿Dónde está el IBI?", "ibi");
    }

    @Test
    void aQuestionAddsTheEquivalentWords() {
        assertQuestion("padrón", "padron", "empadron");
        assertQuestion("empadronarme", "empadron", "padron");
        assertQuestion("contribución", "contribu", "ibi");
        assertQuestion("papeles", "papel", "document");
    }

    @Test
    void aQuestionMatchesTheProcedureWordsItMeans() {
        assertSharesATerm("empadronarme", "empadronamiento");
        assertSharesATerm("padrón", "empadronamiento");
        assertSharesATerm("plusvalia", "plusvalía");
        assertSharesATerm("IBI", "ibi");
        assertSharesATerm("contribucion", "Pagar el IBI");
    }

    @Test
    void wordsWhoseStemsWouldCollideAreKeptApart() {
        assertIndexed("casa", "casa");
        assertIndexed("casarse", "cas");
    }

    @Test
    void symbolsAndQuerySyntaxMakeNoTerms() {
        assertIndexed("*:*");
        assertIndexed("\"(((");
        assertIndexed("+-&&||!(){}[]^\"~*?:\\/");
        assertIndexed("\u0000\u0001");
        assertIndexed("title:ibi OR body:*", "titl", "ibi", "or", "body");
        assertIndexed("padrón:", "padron");
    }

    @Test
    void aVeryLongWordIsCutIntoPiecesNotKeptWhole() {
        assertThat(Tokens.of(INDEX, "a".repeat(200)))
                .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(CitizenAnalyzer.MAX_WORD_LENGTH));
    }

    private static void assertIndexed(String text, String... terms) {
        assertThat(Tokens.of(INDEX, text)).as("index terms of \"%s\"", text).containsExactly(terms);
    }

    private static void assertQuestion(String text, String... terms) {
        assertThat(Tokens.of(QUESTION, text))
                .as("question terms of \"%s\"", text)
                .contains(terms);
    }

    private static void assertSharesATerm(String question, String text) {
        List<String> asked = Tokens.of(QUESTION, question);
        assertThat(Tokens.of(INDEX, text))
                .as("\"%s\" finds \"%s\"", question, text)
                .containsAnyElementsOf(asked);
    }
}
