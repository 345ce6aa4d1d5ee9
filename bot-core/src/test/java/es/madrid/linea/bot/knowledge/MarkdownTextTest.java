package es.madrid.linea.bot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void forReadingKeepsTheAddressOfALinkSoItSurvivesOnSms() {
        assertThat(MarkdownText.forReading("Ficha oficial: [sede.madrid.es](https://sede.madrid.es/x)"))
                .isEqualTo("Ficha oficial: sede.madrid.es: https://sede.madrid.es/x");
    }

    @Test
    void forReadingDropsEmphasisAndKeepsBullets() {
        assertThat(MarkdownText.forReading("- **Importante:** lleva el *DNI*.\n- Y el recibo."))
                .isEqualTo("- Importante: lleva el DNI.\n- Y el recibo.");
    }

    @Test
    void forIndexingKeepsOnlyWordsAsSentences() {
        assertThat(MarkdownText.forIndexing("- Lleva el DNI\n- Mira [la web](https://x.es/?a=b) o https://y.es\n"))
                .isEqualTo("Lleva el DNI. Mira la web o.");
    }
}
