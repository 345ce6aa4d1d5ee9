package es.madrid.linea.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PriorityRecognitionTest {

    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-12-01T10:00:00+01:00");

    @Test
    void anAgeOf65OrMoreABirthYearOrSayingSoIsRecognised() {
        assertThat(PriorityRecognition.reasonIn("Tengo 78 años y quiero empadronarme", NOW))
                .hasValue("age");
        assertThat(PriorityRecognition.reasonIn("nací en 1947", NOW)).hasValue("birth_year");
        assertThat(PriorityRecognition.reasonIn("Soy una persona mayor", NOW)).hasValue("said_so");
        assertThat(PriorityRecognition.reasonIn("tengo una discapacidad", NOW)).hasValue("said_so");
    }

    @Test
    void youngerAgesAndOtherNumbersAreNot() {
        assertThat(PriorityRecognition.reasonIn("tengo 40 años", NOW)).isEmpty();
        assertThat(PriorityRecognition.reasonIn("nací en 1990", NOW)).isEmpty();
        assertThat(PriorityRecognition.reasonIn("tengo 78 euros de multa", NOW)).isEmpty();
    }

    @Test
    void aMessageOnlyStatesItWhenLittleElseIsLeft() {
        assertThat(PriorityRecognition.onlyStates("Buenos días, tengo 78 años")).isTrue();
        assertThat(PriorityRecognition.onlyStates("Tengo 78 años y quiero saber dónde empadronarme"))
                .isFalse();
    }
}
