package es.madrid.linea.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.testing.ProcedureFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentsToBringTest {

    @Test
    void documentsAreTheListItemsUpToTheirExplanationWithoutSpecialCases() {
        var procedure = ProcedureFixture.procedure(
                "p",
                "P",
                "padron",
                "",
                List.of(),
                Map.of(
                        ProcedureSection.DOCUMENTS,
                        "- La hoja padronal (el impreso), rellena y firmada.\n"
                                + "- DNI, NIE o pasaporte.\n"
                                + "- Un papel que demuestre que puedes vivir en la casa: escritura o contrato.\n"
                                + "- Si pides asilo: el resguardo.\n"
                                + "\nEl documento exacto puede variar.",
                        ProcedureSection.WHAT,
                        "Qué es."));

        assertThat(DocumentsToBring.of(procedure))
                .containsExactly(
                        "la hoja padronal",
                        "DNI, NIE o pasaporte",
                        "un papel que demuestre que puedes vivir en la casa");
    }

    @Test
    void aProcedureWithoutDocumentsHasNone() {
        assertThat(DocumentsToBring.of(ProcedureFixture.volante())).isEmpty();
    }
}
