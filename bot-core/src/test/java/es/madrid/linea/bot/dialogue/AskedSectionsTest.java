package es.madrid.linea.bot.dialogue;

import static es.madrid.linea.bot.knowledge.ProcedureSection.DEADLINES;
import static es.madrid.linea.bot.knowledge.ProcedureSection.DOCUMENTS;
import static es.madrid.linea.bot.knowledge.ProcedureSection.HOW_AND_WHERE;
import static es.madrid.linea.bot.knowledge.ProcedureSection.PRICE;
import static es.madrid.linea.bot.knowledge.ProcedureSection.REQUIREMENTS;
import static es.madrid.linea.bot.knowledge.ProcedureSection.WHO;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One line per expectation: the question, and the sections it asks for in the order asked. */
class AskedSectionsTest {

    @Test
    void eachKindOfQuestionAsksForItsSection() {
        assertThat(AskedSections.in("¿Qué documentos necesito para empadronarme?"))
                .containsExactly(DOCUMENTS);
        assertThat(AskedSections.in("que papeles llevo")).containsExactly(DOCUMENTS);
        assertThat(AskedSections.in("¿Qué tengo que llevar?")).containsExactly(DOCUMENTS);
        assertThat(AskedSections.in("¿Cuánto cuesta el volante?")).containsExactly(PRICE);
        assertThat(AskedSections.in("precio del certificado")).containsExactly(PRICE);
        assertThat(AskedSections.in("¿cuanto hay que pagar?")).containsExactly(PRICE);
        assertThat(AskedSections.in("¿Hasta cuándo puedo pagar el IBI?")).containsExactly(DEADLINES);
        assertThat(AskedSections.in("plazo de la plusvalía")).containsExactly(DEADLINES);
        assertThat(AskedSections.in("¿Dónde pago el IBI?")).containsExactly(HOW_AND_WHERE);
        assertThat(AskedSections.in("quiero pagarlo en persona")).containsExactly(HOW_AND_WHERE);
        assertThat(AskedSections.in("requisitos para la tarjeta azul")).containsExactly(REQUIREMENTS);
        assertThat(AskedSections.in("¿Quién puede pedir la teleasistencia?")).containsExactly(WHO);
    }

    @Test
    void theSectionAskedFirstComesFirst() {
        assertThat(AskedSections.in("¿dónde pago el IBI y qué documentos llevo?"))
                .containsExactly(HOW_AND_WHERE, DOCUMENTS);
        assertThat(AskedSections.in("¿qué documentos llevo y dónde lo pago?"))
                .containsExactly(DOCUMENTS, HOW_AND_WHERE);
    }

    @Test
    void atMostTwoSectionsAreAnswered() {
        assertThat(AskedSections.in("dónde, cuánto cuesta y qué papeles")).containsExactly(HOW_AND_WHERE, PRICE);
    }

    @Test
    void aQuestionWithoutCuesAsksForNoSection() {
        assertThat(AskedSections.in("volante de empadronamiento")).isEmpty();
        assertThat(AskedSections.in("IBI")).isEmpty();
    }

    @Test
    void withoutTheDocumentCuesWhatIsLeftNamesTheProcedure() {
        assertThat(AskedSections.withoutDocumentCues("¿Qué documentos necesito para empadronarme?"))
                .isEqualTo("que necesito para empadronarme");
        assertThat(AskedSections.withoutDocumentCues("¿Qué papeles llevo al pagar el IBI?"))
                .isEqualTo("que llevo al pagar el ibi");
        assertThat(AskedSections.withoutDocumentCues("¿Dónde pago el IBI en persona?"))
                .isEqualTo("donde pago el ibi en persona");
        assertThat(AskedSections.withoutDocumentCues("papeles")).isEmpty();
    }

    @Test
    void cuesAreWholeWords() {
        assertThat(AskedSections.in("condicionesextra")).isEmpty();
        assertThat(AskedSections.in("comodidad")).isEmpty();
    }
}
