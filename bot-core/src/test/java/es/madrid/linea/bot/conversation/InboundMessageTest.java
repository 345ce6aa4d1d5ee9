package es.madrid.linea.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class InboundMessageTest {

    @Test
    void textIsTrimmedAndKeepsAccentsLineBreaksAndEmoji() {
        InboundMessage message = InboundMessage.text("  ¿Dónde pago el IBI?\nGracias 🙏 ");

        assertThat(message.text()).isEqualTo("¿Dónde pago el IBI?\nGracias 🙏");
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(InboundMessage.text("ho\u0000la\u0007").text()).isEqualTo("hola");
    }

    @Test
    void emptyOrBlankTextIsRefused() {
        assertThatThrownBy(() -> InboundMessage.text(""))
                .isInstanceOfSatisfying(
                        InvalidMessageException.class, e -> assertThat(e.code()).isEqualTo("empty_text"));
        assertThatThrownBy(() -> InboundMessage.text(" \n\t \u0000"))
                .isInstanceOfSatisfying(
                        InvalidMessageException.class, e -> assertThat(e.code()).isEqualTo("empty_text"));
    }

    @Test
    void textUpToTheLimitIsTakenAndLongerTextIsRefused() {
        assertThat(InboundMessage.text("a".repeat(InboundMessage.MAX_TEXT_LENGTH))
                        .text())
                .hasSize(2000);
        assertThatThrownBy(() -> InboundMessage.text("a".repeat(InboundMessage.MAX_TEXT_LENGTH + 1)))
                .isInstanceOfSatisfying(
                        InvalidMessageException.class, e -> assertThat(e.code()).isEqualTo("text_too_long"));
    }

    @Test
    void exactlyOneOfTextPayloadOrLocationIsRequired() {
        assertThatThrownBy(() -> InboundMessage.of(null, null, null, null)).isInstanceOf(InvalidMessageException.class);
        assertThatThrownBy(() -> InboundMessage.of("hola", "menu:cita", null, null))
                .isInstanceOf(InvalidMessageException.class);
        assertThat(InboundMessage.of(null, null, new GeoPoint(40.4, -3.7), null).location())
                .isEqualTo(new GeoPoint(40.4, -3.7));
        assertThat(InboundMessage.of(null, "menu:cita", null, "m-1").payload()).isEqualTo("menu:cita");
    }

    @Test
    void aMessageIdMustBeShortAndNotBlank() {
        assertThatThrownBy(() -> InboundMessage.of("hola", null, null, " "))
                .isInstanceOf(InvalidMessageException.class);
        assertThatThrownBy(() -> InboundMessage.of("hola", null, null, "x".repeat(129)))
                .isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void coordinatesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
