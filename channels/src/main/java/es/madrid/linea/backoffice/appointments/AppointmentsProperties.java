package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.backoffice.remote.RemoteSettings;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which appointment system the bot uses ({@code cibeles.appointments.*}).
 *
 * @param system {@code embedded} (the calendar in the database, the default) or {@code qmatic}
 * @param calendar the embedded calendar
 * @param qmatic the Qmatic system, when {@code system} is {@code qmatic}
 */
@ConfigurationProperties("cibeles.appointments")
public record AppointmentsProperties(
        @DefaultValue("embedded") String system,
        @DefaultValue Calendar calendar,
        @DefaultValue Qmatic qmatic) {

    public static final String EMBEDDED = "embedded";
    public static final String QMATIC = "qmatic";

    public AppointmentsProperties {
        if (!EMBEDDED.equals(system) && !QMATIC.equals(system)) {
            throw new IllegalArgumentException(
                    "cibeles.appointments.system is 'embedded' or 'qmatic', not '" + system + "'");
        }
        if (QMATIC.equals(system) && (qmatic == null || qmatic.baseUrl() == null)) {
            throw new IllegalArgumentException(
                    "cibeles.appointments.qmatic.base-url is needed with cibeles.appointments.system=qmatic");
        }
    }

    /**
     * @param offices where the offices' hours are read (offices.yml)
     * @param services the services, slot lengths and desks (see backoffice/appointment-services.yml)
     * @param holidays dates closed as holidays besides Madrid's usual ones (e.g. a holiday moved to a Monday)
     * @param minimumNotice how long before it starts a slot can still be booked
     */
    public record Calendar(
            @DefaultValue("classpath:kb-content/offices/offices.yml")
            String offices,

            @DefaultValue("classpath:backoffice/appointment-services.yml")
            String services,

            @DefaultValue List<LocalDate> holidays,
            @DefaultValue("1h") Duration minimumNotice) {}

    /**
     * @param baseUrl the root of the Calendar Public Appointment API (before {@code /v1/...})
     * @param apiKey sent as {@code X-Api-Key}
     * @param branches Qmatic branch public ids by office id (offices.yml ids); an office not listed is taken as a
     *     branch id itself
     * @param http timeouts, retries and circuit breaker
     */
    public record Qmatic(
            URI baseUrl,
            String apiKey,
            @DefaultValue Map<String, String> branches,
            @DefaultValue RemoteSettings http) {}
}
