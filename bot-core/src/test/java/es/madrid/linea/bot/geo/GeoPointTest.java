package es.madrid.linea.bot.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void theDistanceFromPuertaDelSolToCibelesIsAboutNineHundredMetres() {
        GeoPoint sol = new GeoPoint(40.416775, -3.703790);
        GeoPoint cibeles = new GeoPoint(40.419290, -3.693162);

        assertThat(sol.distanceMetres(cibeles)).isCloseTo(940, within(30.0));
        assertThat(cibeles.distanceMetres(sol)).isEqualTo(sol.distanceMetres(cibeles));
        assertThat(sol.distanceMetres(sol)).isZero();
    }

    @Test
    void coordinatesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
