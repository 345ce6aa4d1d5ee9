package es.madrid.linea.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.CalendarAppointmentBook;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.notifications.Delivery;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderDispatcher;
import es.madrid.linea.bot.notifications.ReminderPlan;
import es.madrid.linea.bot.notifications.ReminderRequest;
import es.madrid.linea.bot.notifications.ReminderSchedule;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.notifications.ReminderStore;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReminderStore} must do, seen through the {@link ReminderDispatcher} that sends from it: due
 * reminders go out once with the appointment's details, even when several dispatchers run at once or the service
 * restarts; cancelled and moved appointments are followed; failures are retried only when nothing went out. An
 * adapter's test extends this class and supplies a fresh, empty store.
 */
public abstract class ReminderStoreContract {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(10);

    protected TestClock clock;
    protected ReminderStore store;
    private SequentialIds ids;
    private ReminderPlan plan;
    private AppointmentBook calendar;
    private ReminderSchedule schedule;
    private RemindedAppointmentBook book;
    private RecordingSender sms;

    /** A new, empty store. */
    protected abstract ReminderStore newStore();

    @BeforeEach
    void setUpDispatching() {
        clock = new TestClock(CalendarFixture.MONDAY_MORNING);
        store = newStore();
        ids = new SequentialIds("r");
        plan = ReminderPlan.standard(CalendarFixture.MADRID);
        calendar = CalendarAppointmentBook.inMemory(CalendarFixture.calendar(), clock, new SequentialIds("A"));
        schedule = new ReminderSchedule(store, plan, clock, ids);
        book = new RemindedAppointmentBook(calendar, schedule);
        sms = new RecordingSender(ReminderChannel.SMS);
    }

    @Test
    void nothingGoesOutBeforeItsTime() {
        bookOn("2026-12-02T10:30", NotificationsContract.BY_SMS);

        assertThat(dispatcher().dispatchDue()).isZero();
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    void aDueReminderGoesOutOnceWithOfficeDateTimeAndDocuments() {
        Appointment appointment = bookOn("2026-12-02T10:30", NotificationsContract.BY_SMS);
        clock.advance(Duration.ofHours(26)); // Tuesday 10:00

        assertThat(dispatcher().dispatchDue()).isEqualTo(1);
        assertThat(dispatcher().dispatchDue()).isZero();

        assertThat(sms.sent()).hasSize(1);
        assertThat(sms.sent().get(0).recipient()).isEqualTo("+34600000001");
        assertThat(sms.sent().get(0).text())
                .isEqualTo("Recordatorio de Línea Madrid: mañana, miércoles 2 de diciembre, a las 10:30, tienes cita"
                        + " para Alta en el Padrón en Línea Madrid Arganzuela (Paseo de la Chopera, 10). Lleva: DNI,"
                        + " NIE o pasaporte; Contrato de alquiler o escritura. Si no puedes ir, anula o cambia la cita"
                        + " en el chat de madrid.es o en el 010.");
        Reminder sent = schedule.reminderOf(appointment.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(ReminderStatus.SENT);
        assertThat(sent.text()).isEqualTo(sms.sent().get(0).text());
        assertThat(sent.deliveredBy()).isEqualTo("recording");
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isEqualTo(1);
    }

    @Test
    void dispatchersRunningAtOnceSendEachReminderOnce() throws Exception {
        List<Slot> slots = done(calendar.freeSlots(
                SlotQuery.firstAvailable(CalendarFixture.ARGANZUELA, CalendarFixture.PADRON, madrid("2026-12-02T08:00"))
                        .withLimit(20)));
        for (Slot slot : slots) {
            book.bookAndRemind(booking(slot.start()), NotificationsContract.BY_SMS);
        }
        clock.advance(Duration.ofHours(26));
        int dispatchers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(dispatchers);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < dispatchers; i++) {
                ReminderDispatcher dispatcher = dispatcher();
                runs.add(dispatcher::dispatchDue);
            }
            int total = 0;
            for (Future<Integer> run : pool.invokeAll(runs)) {
                total += run.get();
            }

            assertThat(total).isEqualTo(20);
            assertThat(sms.sent()).hasSize(20);
            assertThat(sms.sent()).extracting(RecordingSender.Sent::reminderId).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aScheduledReminderSurvivesARestart() {
        Appointment appointment = bookOn("2026-12-02T10:30", NotificationsContract.BY_SMS);

        // A new schedule and dispatcher over the same store: what the service has after a restart.
        ReminderSchedule afterRestart = new ReminderSchedule(store, plan, clock, new SequentialIds("r2"));
        ReminderDispatcher dispatcher =
                new ReminderDispatcher(store, afterRestart, calendar, List.of(sms), plan, clock, LEASE, FIRST_RETRY);
        clock.advance(Duration.ofHours(30));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(afterRestart.reminderOf(appointment.id()).orElseThrow().status())
                .isEqualTo(ReminderStatus.SENT);
    }

    @Test
    void aCancelledAppointmentIsNotReminded() {
        Appointment appointment = bookOn("2026-12-02T10:30", NotificationsContract.BY_SMS);

        book.cancel(appointment.id());
        clock.advance(Duration.ofHours(26));

        assertThat(dispatcher().dispatchDue()).isZero();
        assertThat(sms.sent()).isEmpty();
        assertThat(schedule.reminderOf(appointment.id()).orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
    }

    @Test
    void anAppointmentCancelledBehindOurBackIsNotReminded() {
        Appointment appointment = bookOn("2026-12-02T10:30", NotificationsContract.BY_SMS);

        calendar.cancel(appointment.id()); // e.g. at the office: the reminders never heard of it
        clock.advance(Duration.ofHours(26));

        assertThat(dispatcher().dispatchDue()).isZero();
        assertThat(sms.sent()).isEmpty();
        assertThat(schedule.reminderOf(appointment.id()).orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
    }

    @Test
    void aMovedAppointmentIsRemindedOfItsNewTime() {
        Appointment appointment = bookOn("2026-12-02T10:30", NotificationsContract.BY_SMS);

        book.move(appointment.id(), madrid("2026-12-03T11:00"));
        clock.advance(Duration.ofHours(26)); // Tuesday 10:00: the old time's reminder would be due

        assertThat(dispatcher().dispatchDue()).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher().dispatchDue()).isEqualTo(1);
        assertThat(sms.sent().get(0).text()).contains("mañana, jueves 3 de diciembre, a las 11:00");
    }

    @Test
    void anAppointmentMovedBehindOurBackIsRemindedOfItsNewTime() {
        Appointment appointment = bookOn("2026-12-02T10:30", NotificationsContract.BY_SMS);

        calendar.move(appointment.id(), madrid("2026-12-03T11:00"));
        clock.advance(Duration.ofHours(26));

        assertThat(dispatcher().dispatchDue()).isZero();
        Reminder renewed = schedule.reminderOf(appointment.id()).orElseThrow();
        assertThat(renewed.status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(renewed.scheduledAt()).isEqualTo(madrid("2026-12-02T10:00").toInstant());
    }

    @Test
    void aGatewayThatSentNothingIsTriedAgainLater() {
        Appointment appointment = bookOn("2026-12-02T10:30", NotificationsContract.BY_SMS);
        sms.answering(Delivery.notSent("gateway unreachable"));
        clock.advance(Duration.ofHours(26));

        assertThat(dispatcher().dispatchDue()).isZero();
        Reminder waiting = schedule.reminderOf(appointment.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(waiting.lastError()).isEqualTo("gateway unreachable");
        assertThat(waiting.scheduledAt()).isEqualTo(clock.instant().plus(FIRST_RETRY));

        clock.advance(FIRST_RETRY);
        assertThat(dispatcher().dispatchDue()).isEqualTo(1);
        assertThat(schedule.reminderOf(appointment.id()).orElseThrow().attempts())
                .isEqualTo(2);
    }

    @Test
    void aReminderThatMayHaveGoneOutIsNeverSentAgain() {
        Appointment appointment = bookOn("2026-12-02T10:30", NotificationsContract.BY_SMS);
        sms.answering(Delivery.uncertain("no answer after sending"));
        clock.advance(Duration.ofHours(26));

        dispatcher().dispatchDue();
        clock.advance(Duration.ofHours(1));
        dispatcher().dispatchDue();

        assertThat(sms.sent()).hasSize(1);
        Reminder failed = schedule.reminderOf(appointment.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ReminderStatus.FAILED);
        assertThat(failed.lastError()).isEqualTo("no answer after sending");
    }

    @Test
    void aReminderLeftHalfSentByAStoppedServiceIsNotSentAgain() {
        Appointment appointment = bookOn("2026-12-02T10:30", NotificationsContract.BY_SMS);
        clock.advance(Duration.ofHours(26));
        Reminder due = schedule.reminderOf(appointment.id()).orElseThrow();
        store.claim(due.id(), clock.instant(), clock.instant().plus(LEASE)); // then the service stopped

        clock.advance(LEASE.plusMinutes(1));

        assertThat(dispatcher().dispatchDue()).isZero();
        assertThat(sms.sent()).isEmpty();
        Reminder abandoned = schedule.reminderOf(appointment.id()).orElseThrow();
        assertThat(abandoned.status()).isEqualTo(ReminderStatus.FAILED);
        assertThat(abandoned.lastError()).isEqualTo(ReminderDispatcher.ABANDONED);
    }

    @Test
    void aChannelWithoutASenderKeepsItsRemindersInTheOutbox() {
        ReminderRequest whatsapp = new ReminderRequest(
                ReminderChannel.WHATSAPP, "+34600000002", "conversation-2", NotificationsContract.DETAILS);
        Appointment appointment = bookOn("2026-12-02T10:30", whatsapp);
        clock.advance(Duration.ofHours(26));

        assertThat(dispatcher().dispatchDue()).isEqualTo(1);

        Reminder kept = schedule.reminderOf(appointment.id()).orElseThrow();
        assertThat(kept.status()).isEqualTo(ReminderStatus.SENT);
        assertThat(kept.deliveredBy()).isEqualTo("outbox");
        assertThat(kept.text()).startsWith("Recordatorio de Línea Madrid: mañana");
        assertThat(sms.sent()).isEmpty();
    }

    private ReminderDispatcher dispatcher() {
        return new ReminderDispatcher(store, schedule, calendar, List.of(sms), plan, clock, LEASE, FIRST_RETRY);
    }

    private Appointment bookOn(String localStart, ReminderRequest reminder) {
        return done(book.bookAndRemind(booking(madrid(localStart)), reminder));
    }

    private Booking booking(ZonedDateTime start) {
        return new Booking(
                CalendarFixture.ARGANZUELA,
                CalendarFixture.PADRON,
                "empadronamiento-alta",
                start,
                null,
                "+34600000001",
                "key-" + start,
                "conversation-1");
    }

    private static ZonedDateTime madrid(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(CalendarFixture.MADRID);
    }

    private static <T> T done(es.madrid.linea.bot.backoffice.Outcome<T> outcome) {
        assertThat(outcome.isDone()).as("outcome %s", outcome).isTrue();
        return outcome.valueIfDone().orElseThrow();
    }
}
