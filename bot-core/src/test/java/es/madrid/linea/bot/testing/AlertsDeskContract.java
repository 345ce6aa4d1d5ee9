package es.madrid.linea.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertService;
import es.madrid.linea.bot.alerts.AlertStatus;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.geo.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertsDesk} must do, whatever system is behind it. An adapter's test extends this class and
 * supplies a fresh desk that accepts the Avisos Madrid service "Farola apagada" ({@link #STREET_LIGHT}).
 */
public abstract class AlertsDeskContract {

    /** Avisos Madrid's "Farola apagada". */
    public static final String STREET_LIGHT = "591b3a194e4ea83a018b46bb";

    /** Avisos Madrid's "Desperfecto en acera". */
    public static final String PAVEMENT = "591b375c4e4ea83a018b4686";

    public static final List<AlertService> SERVICES = List.of(
            new AlertService(STREET_LIGHT, "Farola apagada", "Alumbrado público", null, List.of("farola fundida")),
            new AlertService(PAVEMENT, "Desperfecto en acera", "Pavimento: calzadas y aceras", null, List.of("bache")));

    protected AlertsDesk desk;

    /** A new desk that knows at least {@link #SERVICES}. */
    protected abstract AlertsDesk newDesk();

    @BeforeEach
    void setUpDesk() {
        desk = newDesk();
    }

    @Test
    void theServicesItAcceptsAreListed() {
        List<AlertService> services = done(desk.services());

        assertThat(services).extracting(AlertService::id).contains(STREET_LIGHT, PAVEMENT);
        assertThat(services)
                .filteredOn(s -> s.id().equals(STREET_LIGHT))
                .extracting(AlertService::name)
                .containsExactly("Farola apagada");
    }

    @Test
    void aFiledAlertGetsACodeAndIsFollowedByIt() {
        Alert filed = done(desk.file(streetLight("k-1")));

        assertThat(filed.code()).isNotBlank();
        assertThat(filed.status()).isEqualTo(AlertStatus.OPEN);
        Alert followed = done(desk.status(filed.code()));
        assertThat(followed.code()).isEqualTo(filed.code());
        assertThat(followed.serviceId()).isEqualTo(STREET_LIGHT);
        assertThat(followed.serviceName()).isEqualTo("Farola apagada");
        assertThat(followed.address()).isEqualTo("Calle de Alcalá 102");
        assertThat(followed.description()).isEqualTo("La farola de delante del portal está apagada — ¡todo oscuro!");
        assertThat(followed.location().lat()).isCloseTo(40.4233, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(followed.status()).isEqualTo(AlertStatus.OPEN);
    }

    @Test
    void filingTwiceWithTheSameKeyFilesOnce() {
        Alert first = done(desk.file(streetLight("k-1")));
        Alert again = done(desk.file(streetLight("k-1")));

        assertThat(again.code()).isEqualTo(first.code());
    }

    @Test
    void differentKeysFileDifferentAlerts() {
        Alert first = done(desk.file(streetLight("k-1")));
        Alert second = done(desk.file(streetLight("k-2")));

        assertThat(second.code()).isNotEqualTo(first.code());
    }

    @Test
    void anAlertWithOnlyASharedLocationIsFiled() {
        NewAlert alert = new NewAlert(PAVEMENT, "Baldosa suelta", null, new GeoPoint(40.4, -3.7), null, "k-3", null);

        Alert filed = done(desk.file(alert));

        Alert followed = done(desk.status(filed.code()));
        assertThat(followed.serviceId()).isEqualTo(PAVEMENT);
        assertThat(followed.location()).isEqualTo(new GeoPoint(40.4, -3.7));
    }

    @Test
    void anUnknownServiceIsRejected() {
        NewAlert alert = new NewAlert("no-such-service", "x", "Calle Mayor 1", null, null, "k-4", null);

        assertThat(desk.file(alert).failureIfFailed()).contains(Failure.REJECTED);
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThat(desk.status("99999999").failureIfFailed()).contains(Failure.NOT_FOUND);
    }

    protected static NewAlert streetLight(String key) {
        return new NewAlert(
                STREET_LIGHT,
                "La farola de delante del portal está apagada — ¡todo oscuro!",
                "Calle de Alcalá 102",
                new GeoPoint(40.4233, -3.6712),
                null,
                key,
                "conversation-1");
    }

    protected static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return outcome.valueIfDone().orElseThrow();
    }
}
