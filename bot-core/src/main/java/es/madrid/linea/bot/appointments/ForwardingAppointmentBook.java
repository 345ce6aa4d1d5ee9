package es.madrid.linea.bot.appointments;

import es.madrid.linea.bot.backoffice.Outcome;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * An appointment book that passes every call to another one: the base of books that add something to some calls
 * (reminders kept in step, faults in tests) and leave the rest as they are.
 */
public abstract class ForwardingAppointmentBook implements AppointmentBook {

    private final AppointmentBook book;

    protected ForwardingAppointmentBook(AppointmentBook book) {
        this.book = book;
    }

    /** The book the calls go to. */
    protected final AppointmentBook delegate() {
        return book;
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
        return book.cancel(appointmentId);
    }

    @Override
    public Outcome<Appointment> move(String appointmentId, ZonedDateTime newStart) {
        return book.move(appointmentId, newStart);
    }

    @Override
    public Outcome<Appointment> find(String appointmentId) {
        return book.find(appointmentId);
    }
}
