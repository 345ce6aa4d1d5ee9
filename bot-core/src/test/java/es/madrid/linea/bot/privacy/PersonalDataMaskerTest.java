package es.madrid.linea.bot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mi DNI es 12345678Z | mi DNI es [dni]",
                "dni 12345678-z por favor | dni [dni] por favor",
                "NIE X1234567L | NIE [nie]",
                "llamadme al 600 12 34 56 | llamadme al [phone]",
                "o al +34 912 345 678 | o al [phone]",
                "escribid a Carmen.Lopez@Example.com | escribid a [email]",
                "vivo en la calle de Alcalá 102, 3º | vivo en la [address], 3º",
                "farola rota en c/ Toledo, 5 | farola rota en [address]",
                "en la Avenida de la Albufera nº 23 | en la [address]",
                "vivo en la Cuesta de Moyano 3 | vivo en la [address]",
            })
    void personalDataIsReplacedByItsLabel(String original, String masked) {
        assertThat(PersonalDataMasker.mask(original)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "¿cuánto cuesta el IBI?",
                "llama al 010",
                "mi aviso es el 6624410",
                "código postal 28045",
            })
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(PersonalDataMasker.mask(text)).isEqualTo(text);
    }
}
