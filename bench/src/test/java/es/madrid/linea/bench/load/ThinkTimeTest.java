package es.madrid.linea.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThinkTimeTest {

    @Test
    void pausesStayWithinTheirBounds() {
        ThinkTime think = new ThinkTime(50, 150);
        for (int i = 0; i < 1000; i++) {
            assertThat(think.nextMillis()).isBetween(50L, 150L);
        }
        assertThat(think.meanMillis()).isEqualTo(100.0);
        assertThat(new ThinkTime(0, 0).nextMillis()).isZero();
    }

    @Test
    void impossibleBoundsAreRefused() {
        assertThatThrownBy(() -> new ThinkTime(100, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThinkTime(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
