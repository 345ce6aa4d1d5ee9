package es.madrid.linea.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderDetails;
import es.madrid.linea.bot.notifications.ReminderRequest;
import es.madrid.linea.bot.notifications.ReminderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Notifications} must do. An adapter's test extends this class and supplies a fresh one on the given
 * clock with the standard plan: the day before at 10:00 Madrid time, otherwise between 09:00 and 21:00 and at least
 * two hours before the appointment.
 */
public abstract class NotificationsContract {

    public static final ReminderDetails DETAILS = new ReminderDetails(
            "Línea Madrid Arganzuela",
            "Paseo de la Chopera, 10",
            "Alta en el Padrón",
            List.of("DNI, NIE o pasaporte", "Contrato de alquiler o escritura"));

    public static final ReminderRequest BY_SMS =
            new ReminderRequest(ReminderChannel.SMS, "+34600000001", "conversation-1", DETAILS);

    protected TestClock clock;
    protected Notifications notifications;

    /** New, empty notifications reading the time from {@code clock} (Monday 30 November 2026, 08:00 in Madrid). */
    protected abstract Notifications newNotifications(TestClock clock);

    @BeforeEach
    void setUpNotifications() {
        clock = new TestClock(CalendarFixture.MONDAY_MORNING);
        notifications = newNotifications(clock);
    }

    @Test
    void aReminderIsScheduledTheDayBeforeAtTen() {
        Reminder reminder = notifications.schedule("A1", madrid("2026-12-02T10:30"), BY_SMS);

        assertThat(reminder.status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(reminder.scheduledAt()).isEqualTo(madrid("2026-12-01T10:00").toInstant());
        assertThat(reminder.appointmentId()).isEqualTo("A1");
        assertThat(reminder.channel()).isEqualTo(ReminderChannel.SMS);
        assertThat(notifications.reminderOf("A1")).contains(reminder);
    }

    @Test
    void anAppointmentBookedAfterThatTimeIsRemindedAtOnce() {
        clock.advance(Duration.ofHours(7)); // Monday 15:00

        Reminder reminder = notifications.schedule("A1", madrid("2026-12-01T09:00"), BY_SMS);

        assertThat(reminder.status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(reminder.scheduledAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    @Test
    void anAppointmentBookedAtNightIsRemindedNextMorning() {
        clock.advance(Duration.ofMinutes(14 * 60 + 30)); // Monday 22:30

        Reminder reminder = notifications.schedule("A1", madrid("2026-12-01T12:00"), BY_SMS);

        assertThat(reminder.scheduledAt()).isEqualTo(madrid("2026-12-01T09:00").toInstant());
    }

    @Test
    void anAppointmentTooCloseToRemindGetsNoReminder() {
        Reminder reminder = notifications.schedule("A1", madrid("2026-11-30T09:30"), BY_SMS);

        assertThat(reminder.status()).isEqualTo(ReminderStatus.SKIPPED);
        assertThat(reminder.scheduledAt()).isNull();
    }

    @Test
    void schedulingTheSameReminderAgainChangesNothing() {
        Reminder first = notifications.schedule("A1", madrid("2026-12-02T10:30"), BY_SMS);
        Reminder again = notifications.schedule("A1", madrid("2026-12-02T10:30"), BY_SMS);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(notifications.reminderOf("A1").orElseThrow().status()).isEqualTo(ReminderStatus.SCHEDULED);
    }

    @Test
    void anotherChannelReplacesAReminderNotYetSent() {
        notifications.schedule("A1", madrid("2026-12-02T10:30"), BY_SMS);

        Reminder web = notifications.schedule(
                "A1", madrid("2026-12-02T10:30"), ReminderRequest.web("conversation-1", DETAILS));

        assertThat(notifications.reminderOf("A1")).contains(web);
        assertThat(web.channel()).isEqualTo(ReminderChannel.WEB);
        assertThat(web.request().recipient()).isEqualTo("conversation-1");
    }

    @Test
    void aCancelledAppointmentCancelsItsReminder() {
        notifications.schedule("A1", madrid("2026-12-02T10:30"), BY_SMS);

        Reminder cancelled = notifications.cancel("A1").orElseThrow();

        assertThat(cancelled.status()).isEqualTo(ReminderStatus.CANCELLED);
        assertThat(notifications.reminderOf("A1").orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
        assertThat(notifications.reschedule("A1", "A1", madrid("2026-12-03T10:30")))
                .isEmpty();
    }

    @Test
    void aMovedAppointmentMovesItsReminder() {
        Reminder before = notifications.schedule("A1", madrid("2026-12-02T10:30"), BY_SMS);

        Reminder after =
                notifications.reschedule("A1", "A1", madrid("2026-12-04T12:00")).orElseThrow();

        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(after.scheduledAt()).isEqualTo(madrid("2026-12-03T10:00").toInstant());
        assertThat(after.request()).isEqualTo(BY_SMS);
        assertThat(notifications.reminderOf("A1")).contains(after);
    }

    @Test
    void anAppointmentThatGetsANewReferenceWhenMovedKeepsItsReminder() {
        notifications.schedule("A1", madrid("2026-12-02T10:30"), BY_SMS);

        Reminder after =
                notifications.reschedule("A1", "B2", madrid("2026-12-04T12:00")).orElseThrow();

        assertThat(after.appointmentId()).isEqualTo("B2");
        assertThat(notifications.reminderOf("B2")).contains(after);
        assertThat(notifications.reminderOf("A1").orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
    }

    @Test
    void aReminderOfAPendingBookingWaitsForIt() {
        Reminder held = notifications.hold("ticket-1", madrid("2026-12-02T10:30"), BY_SMS);
        assertThat(held.status()).isEqualTo(ReminderStatus.WAITING);
        assertThat(held.scheduledAt()).isNull();

        Reminder scheduled = notifications
                .reschedule("ticket-1", "A7", madrid("2026-12-02T10:30"))
                .orElseThrow();

        assertThat(scheduled.appointmentId()).isEqualTo("A7");
        assertThat(scheduled.status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(scheduled.scheduledAt()).isEqualTo(madrid("2026-12-01T10:00").toInstant());
    }

    @Test
    void aReminderOfABookingThatFailedIsDropped() {
        notifications.hold("ticket-1", madrid("2026-12-02T10:30"), BY_SMS);

        assertThat(notifications.cancel("ticket-1").orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
    }

    @Test
    void anAppointmentWithoutReminderHasNone() {
        assertThat(notifications.reminderOf("nope")).isEmpty();
        assertThat(notifications.cancel("nope")).isEmpty();
        assertThat(notifications.reschedule("nope", "nope", madrid("2026-12-02T10:30")))
                .isEmpty();
    }

    @Test
    void anSmsReminderNeedsAPhoneNumber() {
        assertThatThrownBy(() -> new ReminderRequest(ReminderChannel.SMS, "600 00 00 01", null, DETAILS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    protected static ZonedDateTime madrid(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(CalendarFixture.MADRID);
    }

    protected static Instant at(String localDateTime) {
        return madrid(localDateTime).toInstant();
    }
}
