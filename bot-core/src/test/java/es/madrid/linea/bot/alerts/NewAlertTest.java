package es.madrid.linea.bot.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class NewAlertTest {

    @Test
    void anAlertNeedsAnAddressOrALocation() {
        assertThatThrownBy(() -> new NewAlert("s", "x", "  ", null, null, "k", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new NewAlert("s", null, null, new GeoPoint(40.4, -3.7), null, "k", null).description())
                .isEmpty();
    }

    @Test
    void anAlertNeedsAServiceAndAKey() {
        assertThatThrownBy(() -> new NewAlert(" ", "x", "Calle Mayor 1", null, null, "k", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewAlert("s", "x", "Calle Mayor 1", null, null, "", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewAlert("s", "x", "Calle Mayor 1", null, null, "k".repeat(201), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDescriptionLongerThanOpen311AllowsIsRefused() {
        assertThatThrownBy(() -> new NewAlert("s", "a".repeat(4001), "Calle Mayor 1", null, null, "k", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreSevenOrEightDigits() {
        assertThat(AlertCode.isWellFormed("8317228")).isTrue();
        assertThat(AlertCode.isWellFormed("10000001")).isTrue();
        assertThat(AlertCode.isWellFormed("123456")).isFalse();
        assertThat(AlertCode.isWellFormed("123456789")).isFalse();
        assertThat(AlertCode.isWellFormed("12345a7")).isFalse();
        assertThat(AlertCode.isWellFormed(null)).isFalse();
    }
}
