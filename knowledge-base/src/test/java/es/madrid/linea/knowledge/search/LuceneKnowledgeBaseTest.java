package es.madrid.linea.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import es.madrid.linea.bot.knowledge.KnowledgeHit;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.knowledge.KbContent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class LuceneKnowledgeBaseTest {

    private static final LuceneKnowledgeBase KNOWLEDGE = new LuceneKnowledgeBase(KbContent.procedures());

    @AfterAll
    static void close() throws Exception {
        KNOWLEDGE.close();
    }

    @Test
    void citizensWordsFindTheProcedure() {
        assertFirst("¿Qué necesito para empadronarme?", "empadronamiento-alta");
        assertFirst("¿dónde pago la contribución?", "ibi-pago");
        assertFirst("pagar la plusvalia al vender el piso", "plusvalia-autoliquidacion");
        assertFirst("IBI familia numerosa", "ibi-bonificacion-familia-numerosa");
    }

    @Test
    void typosAreForgiven() {
        assertThat(ids("empadronamiendo")).isEqualTo(ids("empadronamiento")).isNotEmpty();
        assertThat(ids("plusvalia")).isEqualTo(ids("plusvalía")).isNotEmpty();
        assertFirst("quiero empadronarm en madrid", "empadronamiento-alta");
        assertFirst("certificao de empadronamiento", "padron-certificado-empadronamiento");
        assertFirst("pagar multa de trafco", "multas-pago");
    }

    private static List<String> ids(String question) {
        return KNOWLEDGE.search(question, 3).stream().map(KnowledgeHit::id).toList();
    }

    @Test
    void aCategoryFilterKeepsOnlyItsProcedures() {
        List<KnowledgeHit> hits = KNOWLEDGE.search("pagar el recibo", Set.of("multas"), 10);

        assertThat(hits).isNotEmpty();
        assertThat(hits)
                .extracting(hit -> KNOWLEDGE.procedure(hit.id()).orElseThrow().category())
                .containsOnly("multas");
    }

    @Test
    void hitsCarryTheTitleTheRevisionAScoreAndAHighlightedSnippet() {
        KnowledgeHit hit = KNOWLEDGE.search("volante de empadronamiento", 5).get(0);

        assertThat(hit.id()).isEqualTo("padron-volante-empadronamiento");
        assertThat(hit.title()).isEqualTo("Volante de empadronamiento");
        assertThat(hit.revision()).isEqualTo(1);
        assertThat(hit.score()).isBetween(0.5, 1.0);
        assertThat(hit.snippet()).contains("<mark>").doesNotContain("](").doesNotContain("http");
    }

    @Test
    void rankingForTheDialogueGivesTheSameHitsWithoutSnippets() {
        String question = "que papeles necesito para empadronarme";

        List<KnowledgeHit> ranked = KNOWLEDGE.rank(question, 5);

        assertThat(ranked)
                .extracting(KnowledgeHit::id, KnowledgeHit::score)
                .containsExactlyElementsOf(KNOWLEDGE.search(question, 5).stream()
                        .map(hit -> tuple(hit.id(), hit.score()))
                        .toList());
        assertThat(ranked)
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.snippet()).isNull());
    }

    @Test
    void theSameRankingAskedAgainIsAnsweredFromTheOneJustDone() {
        String question = "quiero una cita para el padron";

        List<KnowledgeHit> first = KNOWLEDGE.rank(question, 8);

        assertThat(KNOWLEDGE.rank(question, 8)).isSameAs(first);
        assertThat(KNOWLEDGE.rank(question, 3)).isNotSameAs(first).containsExactlyElementsOf(first.subList(0, 3));
        assertThatThrownBy(() -> first.add(first.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void snippetsEscapeWhatTheContentSaysSoAPageCanShowThem() {
        Procedure risky = KbContent.procedures().get(0);
        Procedure withMarkup = new Procedure(
                "prueba-html",
                "Trámite de prueba",
                "otros",
                "Resumen con <script>alert(1)</script> dentro.",
                3,
                "https://sede.madrid.es/prueba",
                risky.needsAppointment(),
                null,
                "Gratuito",
                List.of("online"),
                List.of(),
                List.of(),
                List.of("zarzaparrilla"),
                List.of("procedure_info"),
                List.of("https://sede.madrid.es/prueba"),
                risky.lastReviewed(),
                "high",
                risky.sections());
        try (LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(List.of(withMarkup))) {
            KnowledgeHit hit = knowledge.search("zarzaparrilla", 1).get(0);

            assertThat(hit.snippet()).contains("&lt;script&gt;").doesNotContain("<script>");
            assertThat(hit.revision()).isEqualTo(3);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPublishedRevisionIsFoundByTheNextSearchAndAnUnpublishedProcedureIsGone() {
        try (LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(KbContent.procedures())) {
            Procedure ibi = knowledge.procedure("ibi-pago").orElseThrow();
            Procedure renamed = new Procedure(
                    ibi.id(),
                    "Pagar el IBI o impuesto de la zarzaparrilla",
                    ibi.category(),
                    ibi.summary(),
                    2,
                    ibi.officialUrl(),
                    ibi.needsAppointment(),
                    ibi.appointmentService(),
                    ibi.fee(),
                    ibi.channels(),
                    ibi.related(),
                    ibi.offices(),
                    ibi.synonyms(),
                    ibi.intents(),
                    ibi.sources(),
                    ibi.lastReviewed(),
                    ibi.confidence(),
                    ibi.sections());

            assertThat(knowledge.rank("zarzaparrilla", 3))
                    .extracting(KnowledgeHit::id)
                    .doesNotContain("ibi-pago");
            assertThat(knowledge.rank("zarzaparila", 3))
                    .extracting(KnowledgeHit::id)
                    .doesNotContain("ibi-pago");

            knowledge.publish(renamed);

            // The misspelling is corrected against the new words: corrections are remembered per index generation.
            assertThat(knowledge.rank("zarzaparila", 3))
                    .extracting(KnowledgeHit::id)
                    .first()
                    .isEqualTo("ibi-pago");

            assertThat(knowledge.rank("zarzaparrilla", 3))
                    .first()
                    .satisfies(hit -> assertThat(hit.revision()).isEqualTo(2));
            assertThat(knowledge.search("zarzaparrilla", 3))
                    .first()
                    .satisfies(hit -> assertThat(hit.revision()).isEqualTo(2));
            assertThat(knowledge.procedure("ibi-pago").orElseThrow().revision()).isEqualTo(2);

            knowledge.unpublish("ibi-pago");

            assertThat(knowledge.rank("zarzaparrilla", 3))
                    .extracting(KnowledgeHit::id)
                    .doesNotContain("ibi-pago");
            assertThat(knowledge.search("zarzaparrilla", 3))
                    .extracting(KnowledgeHit::id)
                    .doesNotContain("ibi-pago");
            assertThat(knowledge.procedure("ibi-pago")).isEmpty();
            assertThat(knowledge.procedures()).hasSize(KbContent.procedures().size() - 1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theLimitIsHonouredAndCapped() {
        assertThat(KNOWLEDGE.search("pagar", 2)).hasSize(2);
        assertThat(KNOWLEDGE.search("pagar", 0)).isEmpty();
        assertThat(KNOWLEDGE.search("madrid", 1000)).hasSizeLessThanOrEqualTo(LuceneKnowledgeBase.MAX_LIMIT);
    }

    private static void assertFirst(String question, String id) {
        assertThat(KNOWLEDGE.search(question, 3))
                .as(question)
                .first()
                .extracting(KnowledgeHit::id)
                .isEqualTo(id);
    }
}
