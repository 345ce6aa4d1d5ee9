package es.madrid.linea.backoffice.notifications;

import es.madrid.linea.backoffice.remote.RemoteSettings;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Appointment reminders ({@code cibeles.notifications.*}).
 *
 * @param reminderTime the time of day, the day before the appointment, reminders go out
 * @param earliest no reminder before this time of day (for appointments booked after the reminder time)
 * @param latest no reminder from this time of day on
 * @param minimumNotice no reminder closer than this to the appointment
 * @param dispatchEvery how often due reminders are looked for
 * @param lease how long one send may take before it counts as abandoned (and failed, never resent)
 * @param firstRetry the delay after an attempt that sent nothing; it doubles with each
 * @param sms {@code outbox} (kept here, visible through the API: the default) or {@code altiria}
 * @param altiria the SMS gateway, when {@code sms} is {@code altiria}
 */
@ConfigurationProperties("cibeles.notifications")
public record NotificationsProperties(
        @DefaultValue("10:00") LocalTime reminderTime,
        @DefaultValue("09:00") LocalTime earliest,
        @DefaultValue("21:00") LocalTime latest,
        @DefaultValue("2h") Duration minimumNotice,
        @DefaultValue("30s") Duration dispatchEvery,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("10m") Duration firstRetry,
        @DefaultValue("outbox") String sms,
        @DefaultValue Altiria altiria) {

    public static final String OUTBOX = "outbox";
    public static final String ALTIRIA = "altiria";

    public NotificationsProperties {
        if (!OUTBOX.equals(sms) && !ALTIRIA.equals(sms)) {
            throw new IllegalArgumentException("cibeles.notifications.sms is 'outbox' or 'altiria', not '" + sms + "'");
        }
        if (ALTIRIA.equals(sms) && (altiria == null || altiria.baseUrl() == null || !altiria.hasCredentials())) {
            throw new IllegalArgumentException("cibeles.notifications.altiria needs base-url and login/password or"
                    + " api-key/api-secret with cibeles.notifications.sms=altiria");
        }
    }

    /**
     * @param baseUrl e.g. {@code https://www.altiria.net:8443}
     * @param senderId the sender shown on the phone; may be empty
     * @param http timeouts, retries and circuit breaker
     */
    public record Altiria(
            URI baseUrl,
            String login,
            String password,
            String apiKey,
            String apiSecret,
            String senderId,
            @DefaultValue RemoteSettings http) {

        boolean hasCredentials() {
            return (login != null && password != null) || (apiKey != null && apiSecret != null);
        }
    }
}
