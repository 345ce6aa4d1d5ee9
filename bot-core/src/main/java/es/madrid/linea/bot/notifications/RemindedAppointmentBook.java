package es.madrid.linea.bot.notifications;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.BookableService;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.backoffice.Outcome;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An appointment book that keeps reminders in step with appointments, whoever changes them: a cancelled appointment
 * cancels its reminder, a moved one moves it. {@link #bookAndRemind} books and schedules the reminder in one call,
 * also when the booking is kept for later (the reminder waits for it). The application's {@code AppointmentBook} is
 * one of these.
 */
public final class RemindedAppointmentBook implements AppointmentBook {

    private final AppointmentBook book;
    private final Notifications notifications;

    public RemindedAppointmentBook(AppointmentBook book, Notifications notifications) {
        this.book = book;
        this.notifications = notifications;
    }

    /**
     * Books, and when booked schedules the reminder; when the booking is pending, the reminder waits for it under the
     * ticket and is scheduled when the booking is made (or dropped when it cannot be).
     */
    public Outcome<Appointment> bookAndRemind(Booking booking, ReminderRequest reminder) {
        Outcome<Appointment> outcome = book.book(booking);
        if (outcome instanceof Outcome.Done<Appointment> done) {
            Appointment appointment = done.value();
            notifications.schedule(appointment.id(), appointment.start(), reminder);
        } else if (outcome instanceof Outcome.Pending<Appointment> pending) {
            notifications.hold(pending.ticket(), booking.start(), reminder);
        }
        return outcome;
    }

    @Override
    public Outcome<List<BookableService>> services() {
        return book.services();
    }

    @Override
    public Outcome<List<String>> offices(String serviceId) {
        return book.offices(serviceId);
    }

    @Override
    public Outcome<List<Slot>> freeSlots(SlotQuery query) {
        return book.freeSlots(query);
    }

    @Override
    public Outcome<Appointment> book(Booking booking) {
        return book.book(booking);
    }

    @Override
    public Outcome<Appointment> cancel(String appointmentId) {
        Outcome<Appointment> outcome = book.cancel(appointmentId);
        if (outcome.isDone()) {
            notifications.cancel(appointmentId);
        }
        return outcome;
    }

    @Override
    public Outcome<Appointment> move(String appointmentId, ZonedDateTime newStart) {
        Outcome<Appointment> outcome = book.move(appointmentId, newStart);
        outcome.valueIfDone().ifPresent(moved -> notifications.reschedule(appointmentId, moved.id(), moved.start()));
        return outcome;
    }

    @Override
    public Outcome<Appointment> find(String appointmentId) {
        return book.find(appointmentId);
    }
}
