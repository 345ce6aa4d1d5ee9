package es.madrid.linea.backoffice;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.backoffice.alerts.AlertsProperties;
import es.madrid.linea.backoffice.appointments.AppointmentsProperties;
import es.madrid.linea.backoffice.notifications.NotificationsProperties;
import es.madrid.linea.backoffice.remote.RemoteSettings;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mistaken back-office setting stops the service at start-up with a message that names the property. */
class ConfigurationPropertiesTest {

    @Test
    void anUnknownSystemIsNamed() {
        assertThatThrownBy(() -> new AlertsProperties("avisos", "es.madrid", "x", null))
                .hasMessageContaining("cibeles.alerts.system");
        assertThatThrownBy(() -> new AppointmentsProperties("citas", null, null))
                .hasMessageContaining("cibeles.appointments.system");
        assertThatThrownBy(() -> notifications("sms-gateway", null)).hasMessageContaining("cibeles.notifications.sms");
    }

    @Test
    void anExternalSystemNeedsItsAddress() {
        assertThatThrownBy(() -> new AlertsProperties(
                        "open311",
                        "es.madrid",
                        "x",
                        new AlertsProperties.Open311(null, "k", null, RemoteSettings.defaults())))
                .hasMessageContaining("cibeles.alerts.open311.base-url");
        assertThatThrownBy(() -> new AppointmentsProperties(
                        "qmatic",
                        new AppointmentsProperties.Calendar("o", "s", List.of(), Duration.ofHours(1)),
                        new AppointmentsProperties.Qmatic(null, "k", Map.of(), RemoteSettings.defaults())))
                .hasMessageContaining("cibeles.appointments.qmatic.base-url");
        assertThatThrownBy(() -> notifications(
                        "altiria",
                        new NotificationsProperties.Altiria(
                                java.net.URI.create("https://www.altiria.net:8443"),
                                "user",
                                null,
                                null,
                                null,
                                null,
                                RemoteSettings.defaults())))
                .hasMessageContaining("login/password");
    }

    private static NotificationsProperties notifications(String sms, NotificationsProperties.Altiria altiria) {
        return new NotificationsProperties(
                LocalTime.of(10, 0),
                LocalTime.of(9, 0),
                LocalTime.of(21, 0),
                Duration.ofHours(2),
                Duration.ofSeconds(30),
                Duration.ofMinutes(5),
                Duration.ofMinutes(10),
                sms,
                altiria);
    }
}
