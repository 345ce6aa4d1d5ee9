package es.madrid.linea.backoffice.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.backoffice.Databases;
import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertCode;
import es.madrid.linea.bot.alerts.AlertStatus;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import es.madrid.linea.bot.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EmbeddedAlertsRegistryTest extends AlertsDeskContract {

    private final TestClock clock = TestClock.at("2026-11-30T09:00:00Z");
    private EmbeddedAlertsRegistry registry;

    @Override
    protected AlertsDesk newDesk() {
        registry = new EmbeddedAlertsRegistry(
                Databases.fresh(),
                AlertServiceCatalogue.read(getClass().getResourceAsStream("/kb-content/alerts/services.yml")),
                clock);
        return registry;
    }

    @Test
    void codesAreEightDigitsLikeAvisosMadrid() {
        Alert first = done(desk.file(streetLight("a")));
        Alert second = done(desk.file(streetLight("b")));

        assertThat(first.code()).isEqualTo("10000001");
        assertThat(second.code()).isEqualTo("10000002");
        assertThat(AlertCode.isWellFormed(first.code())).isTrue();
    }

    @Test
    void theSameAlertSentAtOnceFromManyThreadsIsFiledOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Outcome<Alert>>> sends = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                sends.add(() -> desk.file(streetLight("same-key")));
            }
            List<String> codes = new ArrayList<>();
            for (Future<Outcome<Alert>> sent : pool.invokeAll(sends)) {
                codes.add(done(sent.get()).code());
            }

            assertThat(codes).containsOnly(codes.get(0));
            assertThat(registry.find(new AlertQuery(
                            List.of(),
                            List.of(),
                            null,
                            clock.instant().minusSeconds(60),
                            clock.instant().plusSeconds(60),
                            100)))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetiredServiceIsNotOffered() {
        // "Saldo o fianza" (BiciMAD) was last seen in 2022.
        assertThat(done(desk.services())).extracting(s -> s.id()).doesNotContain("5922e2ca4e4ea83c178b4568");
        assertThat(registry.catalogue().service("5922e2ca4e4ea83c178b4568")).isPresent();
        assertThat(desk.file(new es.madrid.linea.bot.alerts.NewAlert(
                                "5922e2ca4e4ea83c178b4568", "x", "Calle Mayor 1", null, null, "k", null))
                        .isDone())
                .isFalse();
    }

    @Test
    void alertsAreFoundByServiceStatusAndDate() {
        Alert light = done(desk.file(streetLight("a")));
        clock.advance(Duration.ofDays(2));
        done(desk.file(
                new es.madrid.linea.bot.alerts.NewAlert(PAVEMENT, "Baldosa", "Calle Toledo 5", null, null, "b", null)));

        List<Alert> lights = registry.find(new AlertQuery(
                List.of(),
                List.of(STREET_LIGHT),
                AlertStatus.OPEN,
                clock.instant().minus(Duration.ofDays(7)),
                clock.instant(),
                10));
        List<Alert> lastDay = registry.find(new AlertQuery(
                List.of(), List.of(), null, clock.instant().minus(Duration.ofDays(1)), clock.instant(), 10));
        List<Alert> byCode =
                registry.find(new AlertQuery(List.of(light.code(), "nonsense"), List.of(), null, null, null, 10));

        assertThat(lights).extracting(Alert::code).containsExactly(light.code());
        assertThat(lastDay).extracting(Alert::serviceId).containsExactly(PAVEMENT);
        assertThat(byCode).extracting(Alert::code).containsExactly(light.code());
    }
}
