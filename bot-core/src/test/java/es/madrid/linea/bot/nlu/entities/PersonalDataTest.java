package es.madrid.linea.bot.nlu.entities;

import static es.madrid.linea.bot.nlu.entities.Extraction.described;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DNI/NIE with valid check letters only, phones, e-mails and alert codes (spec section 5). */
class PersonalDataTest {

    @Test
    void dniWithAValidLetterInAnyFormat() {
        assertThat(described("mi dni es 12345678Z")).containsExactly("dni:12345678Z[12345678Z]");
        assertThat(described("DNI: 12345678-z")).containsExactly("dni:12345678Z[12345678-z]");
        assertThat(described("con DNI 50.123.456-Q")).containsExactly("dni:50123456Q[50.123.456-Q]");
        assertThat(described("05432198 n")).containsExactly("dni:05432198N[05432198 n]");
    }

    @Test
    void dniWithAWrongLetterIsNotTaken() {
        assertThat(described("mi dni 12345678A")).isEmpty();
        assertThat(described("DNI 71234567X por favor")).isEmpty();
    }

    @Test
    void nieWithAValidLetter() {
        assertThat(described("nie x-1234567-l")).containsExactly("nie:X1234567L[x-1234567-l]");
        assertThat(described("NIE: Y 1234567 X")).containsExactly("nie:Y1234567X[Y 1234567 X]");
        assertThat(described("Z1234567R")).containsExactly("nie:Z1234567R[Z1234567R]");
        assertThat(described("mi NIE es X1234567A")).isEmpty();
        assertThat(described("Z1234567X")).isEmpty();
    }

    @Test
    void phonesBecomePlus34AndNineDigits() {
        assertThat(described("mi móvil es 600 12 34 56")).containsExactly("phone:+34600123456[600 12 34 56]");
        assertThat(described("teléfono +34 612 345 678")).containsExactly("phone:+34612345678[+34 612 345 678]");
        assertThat(described("0034 912 345 678")).containsExactly("phone:+34912345678[0034 912 345 678]");
        assertThat(described("tlf 612-34-56-78")).containsExactly("phone:+34612345678[612-34-56-78]");
        assertThat(described("612.345.678")).containsExactly("phone:+34612345678[612.345.678]");
    }

    @Test
    void shortOrForeignLookingNumbersAreNotPhones() {
        assertThat(described("llamé al 010 y no me lo cogen")).isEmpty();
        assertThat(described("mi móvil es 600 123 45")).isEmpty();
        assertThat(described("el número 512 345 678")).isEmpty();
    }

    @Test
    void emailsAreLowerCase() {
        assertThat(described("mi correo es Maria.Lopez@Gmail.com"))
                .containsExactly("email:maria.lopez@gmail.com[Maria.Lopez@Gmail.com]");
        assertThat(described("escribidme a lucia.fdez+citas@outlook.com"))
                .containsExactly("email:lucia.fdez+citas@outlook.com[lucia.fdez+citas@outlook.com]");
        assertThat(described("arroba@ sin dominio")).isEmpty();
    }

    @Test
    void alertCodesAreStandaloneNumbersOfSevenOrEightDigits() {
        assertThat(described("¿cómo va mi aviso 6624410?")).containsExactly("alert_code:6624410[6624410]");
        assertThat(described("el aviso nº 10234567")).containsExactly("alert_code:10234567[10234567]");
        assertThat(described("aviso 2804512")).containsExactly("alert_code:2804512[2804512]");
        assertThat(described("aviso 123456")).isEmpty();
        assertThat(described("llamé al 915298210")).containsExactly("phone:+34915298210[915298210]");
    }

    @Test
    void offsetsPointAtTheOriginalText() {
        var entities = Extraction.of("Hola, mi DNI es 12345678-z y vivo en Usera");
        assertThat(entities)
                .allSatisfy(e -> assertThat("Hola, mi DNI es 12345678-z y vivo en Usera".substring(e.start(), e.end()))
                        .isEqualTo(e.text()));
        assertThat(entities).hasSize(2);
    }
}
