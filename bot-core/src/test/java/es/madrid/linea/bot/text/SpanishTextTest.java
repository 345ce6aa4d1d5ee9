package es.madrid.linea.bot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanishTextTest {

    @Test
    void foldingIgnoresCaseAccentsAndPunctuation() {
        assertThat(SpanishText.fold("Fuencarral-El Pardo")).isEqualTo("fuencarral el pardo");
        assertThat(SpanishText.fold("  ¿CHAMBERÍ?  ")).isEqualTo("chamberi");
        assertThat(SpanishText.fold("Año")).isEqualTo("ano");
    }

    @Test
    void wordsAreTheFoldedWordsInOrder() {
        assertThat(SpanishText.words("¿Qué papeles llevo?")).containsExactly("que", "papeles", "llevo");
        assertThat(SpanishText.words("¡¿?!")).isEmpty();
    }
}
