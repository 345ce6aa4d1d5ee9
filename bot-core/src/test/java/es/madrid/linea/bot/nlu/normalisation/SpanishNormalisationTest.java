package es.madrid.linea.bot.nlu.normalisation;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.nlu.Entity;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the Spanish normalisation must do, one line each. */
class SpanishNormalisationTest {

    @Test
    void foldingLowersAndRemovesAccentsKeepingTheLength() {
        assertThat(SpanishFolding.fold("¿Cuándo ABRÍS en Vicálvaro?")).isEqualTo("¿cuando abris en vicalvaro?");
        assertThat(SpanishFolding.fold("Pingüino, AÑO, pº")).isEqualTo("pinguino, ano, pº");
    }

    @Test
    void foldingNeverChangesTheLengthSoOffsetsStayValid() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 40; j++) {
                text.append((char) random.nextInt(0x3000));
            }
            assertThat(SpanishFolding.fold(text.toString())).hasSameSizeAs(text.toString());
        }
    }

    @Test
    void tokensAreFoldedWordsWithNumbersAsPlaceholders() {
        assertThat(TextNormaliser.tokens("¡Hola! Tengo 3 hijos y vivo en el 2º"))
                .containsExactly("hola", "tengo", "#num", "hijos", "y", "vivo", "en", "el", "#num");
    }

    @Test
    void lettersWrittenThreeTimesOrMoreCountOnce() {
        assertThat(TextNormaliser.tokens("holaaaa siiii graciass")).containsExactly("hola", "si", "graciass");
    }

    @Test
    void entitiesBecomePlaceholdersOfTheirType() {
        String text = "cita el martes en calle Toledo 80, dni 12345678Z";
        List<Entity> entities = List.of(
                new Entity("date", "2026-12-01", "el martes", 5, 14),
                new Entity("address", "Calle Toledo 80", "calle Toledo 80", 18, 33),
                new Entity("dni", "12345678Z", "12345678Z", 39, 48));
        assertThat(TextNormaliser.tokens(text, entities))
                .containsExactly("cita", "#date", "en", "#address", "dni", "#document");
    }

    @Test
    void emptyAndSymbolOnlyTextsGiveNoTokens() {
        assertThat(TextNormaliser.tokens("")).isEmpty();
        assertThat(TextNormaliser.tokens("¿¡...!?  😀")).isEmpty();
    }
}
