package es.madrid.linea.bot.notifications;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.ForwardingAppointmentBook;
import es.madrid.linea.bot.backoffice.Outcome;
import java.time.ZonedDateTime;

/**
 * An appointment book that keeps reminders in step with appointments, whoever changes them: a cancelled appointment
 * cancels its reminder, a moved one moves it. {@link #bookAndRemind} books and schedules the reminder in one call,
 * also when the booking is kept for later (the reminder waits for it). The application's {@code AppointmentBook} is
 * one of these.
 */
public final class RemindedAppointmentBook extends ForwardingAppointmentBook {

    private final Notifications notifications;

    public RemindedAppointmentBook(AppointmentBook book, Notifications notifications) {
        super(book);
        this.notifications = notifications;
    }

    /**
     * Books, and when booked schedules the reminder; when the booking is pending, the reminder waits for it under the
     * ticket and is scheduled when the booking is made (or dropped when it cannot be).
     */
    public Outcome<Appointment> bookAndRemind(Booking booking, ReminderRequest reminder) {
        Outcome<Appointment> outcome = delegate().book(booking);
        if (outcome instanceof Outcome.Done<Appointment> done) {
            Appointment appointment = done.value();
            notifications.schedule(appointment.id(), appointment.start(), reminder);
        } else if (outcome instanceof Outcome.Pending<Appointment> pending) {
            notifications.hold(pending.ticket(), booking.start(), reminder);
        }
        return outcome;
    }

    @Override
    public Outcome<Appointment> cancel(String appointmentId) {
        Outcome<Appointment> outcome = delegate().cancel(appointmentId);
        if (outcome.isDone()) {
            notifications.cancel(appointmentId);
        }
        return outcome;
    }

    @Override
    public Outcome<Appointment> move(String appointmentId, ZonedDateTime newStart) {
        Outcome<Appointment> outcome = delegate().move(appointmentId, newStart);
        outcome.valueIfDone().ifPresent(moved -> notifications.reschedule(appointmentId, moved.id(), moved.start()));
        return outcome;
    }
}
