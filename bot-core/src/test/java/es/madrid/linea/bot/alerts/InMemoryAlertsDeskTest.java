package es.madrid.linea.bot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.testing.AlertsDeskContract;
import es.madrid.linea.bot.testing.TestClock;

class InMemoryAlertsDeskTest extends AlertsDeskContract {

    @Override
    protected AlertsDesk newDesk() {
        return new InMemoryAlertsDesk(TestClock.at("2026-11-30T09:00:00Z"), SERVICES);
    }

    @org.junit.jupiter.api.Test
    void codesLookLikeAvisosMadridCodes() {
        Alert first = done(desk.file(streetLight("a")));
        Alert second = done(desk.file(streetLight("b")));

        assertThat(first.code()).isEqualTo("10000001");
        assertThat(second.code()).isEqualTo("10000002");
        assertThat(AlertCode.isWellFormed(first.code())).isTrue();
    }
}
