package es.madrid.linea.bot.nlu.entities;

import static es.madrid.linea.bot.nlu.entities.Extraction.described;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** All extractors together: overlaps, text order and hostile input. */
class EntityExtractionTest {

    @Test
    void aMessageWithManyFactsGivesThemInTextOrder() {
        assertThat(described("Quiero cita para empadronarme el jueves a las 9:30 en Tetuán, mi NIE es Y2345678Z y mi "
                        + "móvil 666 55 44 33"))
                .containsExactly(
                        "date:2026-12-03[el jueves]",
                        "time:09:30[a las 9:30]",
                        "district:Tetuán[Tetuán]",
                        "nie:Y2345678Z[Y2345678Z]",
                        "phone:+34666554433[666 55 44 33]");
    }

    @Test
    void theMoreSpecificTypeWinsOverlappingDigits() {
        assertThat(described("dni 28012345R")).containsExactly("dni:28012345R[28012345R]");
        assertThat(described("Calle de Toledo 80, 28005 Madrid"))
                .containsExactly("address:Calle de Toledo 80[Calle de Toledo 80]", "postcode:28005[28005]");
    }

    @Test
    void randomTextNeverBreaksTheExtractors() {
        Random random = new Random(42);
        String alphabet = "0123456789 -/.,:+@ºªaábcdeéhilmnñoóprstuúxyzACDNXYZ ";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> Extraction.of(text.toString())).doesNotThrowAnyException();
        }
    }
}
