package es.madrid.linea.bot.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Understanding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpanishPhoneTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "600123456|+34600123456",
                "600 12 34 56|+34600123456",
                "mi número es el 600-123-456, gracias|+34600123456",
                "+34 912 345 678|+34912345678",
                "0034 712345678|+34712345678",
                "llamadme al 91.234.56.78 por la tarde|+34912345678"
            })
    void aNumberWrittenAsPeopleWriteItIsNormalised(String text, String expected) {
        assertThat(SpanishPhone.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no me lo sé", "12345", "500123456", "6001234567890", ""})
    void somethingThatIsNotASpanishNumberIsNotOne(String text) {
        assertThat(SpanishPhone.parse(text)).isEmpty();
    }

    @Test
    void theUnderstoodPhoneEntityIsPreferred() {
        Understanding understanding = new Understanding(
                new Intent("out_of_scope", 0.4),
                List.of(),
                List.of(new Entity("phone", "+34611222333", "611 222 333", 0, 11)),
                List.of());

        assertThat(SpanishPhone.in("611 222 333", understanding)).contains("+34611222333");
    }

    @Test
    void theBotNamesANumberOnlyByItsLastTwoDigits() {
        assertThat(SpanishPhone.ending("+34600123456")).isEqualTo("número acabado en 56");
    }
}
