package es.madrid.linea.bot.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.BookableService;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.NotificationsContract;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemindedAppointmentBookTest {

    private final TestClock clock = new TestClock(CalendarFixture.MONDAY_MORNING);
    private final ReminderSchedule notifications =
            ReminderSchedule.inMemory(ReminderPlan.standard(CalendarFixture.MADRID), clock, new SequentialIds("r"));

    @Test
    void aBookingKeptForLaterHoldsItsReminderUnderTheTicket() {
        RemindedAppointmentBook book = new RemindedAppointmentBook(new DownBook(), notifications);
        ZonedDateTime start = LocalDateTime.parse("2026-12-02T10:30").atZone(CalendarFixture.MADRID);

        Outcome<Appointment> outcome = book.bookAndRemind(
                new Booking("oac-arganzuela", "padron", "empadronamiento-alta", start, null, null, "k", null),
                NotificationsContract.BY_SMS);

        assertThat(outcome).isEqualTo(Outcome.pending("ticket-1"));
        assertThat(notifications.reminderOf("ticket-1").orElseThrow().status()).isEqualTo(ReminderStatus.WAITING);
    }

    @Test
    void aBookingThatFailedSchedulesNothing() {
        RemindedAppointmentBook book = new RemindedAppointmentBook(
                es.madrid.linea.bot.appointments.CalendarAppointmentBook.inMemory(
                        CalendarFixture.calendar(), clock, new SequentialIds("A")),
                notifications);
        ZonedDateTime sunday = LocalDateTime.parse("2026-12-06T10:30").atZone(CalendarFixture.MADRID);

        Outcome<Appointment> outcome = book.bookAndRemind(
                new Booking(CalendarFixture.ARGANZUELA, CalendarFixture.PADRON, null, sunday, null, null, "k", null),
                NotificationsContract.BY_SMS);

        assertThat(outcome.isDone()).isFalse();
        assertThat(notifications.reminderOf("A-1")).isEmpty();
    }

    /** A book whose system is down: every order is kept for later. */
    private static final class DownBook implements AppointmentBook {
        @Override
        public Outcome<List<BookableService>> services() {
            return Outcome.failed(es.madrid.linea.bot.backoffice.Failure.UNAVAILABLE, "down");
        }

        @Override
        public Outcome<List<String>> offices(String serviceId) {
            return Outcome.failed(es.madrid.linea.bot.backoffice.Failure.UNAVAILABLE, "down");
        }

        @Override
        public Outcome<List<Slot>> freeSlots(SlotQuery query) {
            return Outcome.failed(es.madrid.linea.bot.backoffice.Failure.UNAVAILABLE, "down");
        }

        @Override
        public Outcome<Appointment> book(Booking booking) {
            return Outcome.pending("ticket-1");
        }

        @Override
        public Outcome<Appointment> cancel(String appointmentId) {
            return Outcome.pending("ticket-2");
        }

        @Override
        public Outcome<Appointment> move(String appointmentId, ZonedDateTime newStart) {
            return Outcome.failed(es.madrid.linea.bot.backoffice.Failure.UNAVAILABLE, "down");
        }

        @Override
        public Outcome<Appointment> find(String appointmentId) {
            return Outcome.failed(es.madrid.linea.bot.backoffice.Failure.UNAVAILABLE, "down");
        }
    }
}
