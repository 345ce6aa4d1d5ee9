package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.BookableService;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The appointment book of a golden conversation with the fault its header asks for ({@code backoffice.appointments}):
 * {@code taken} (the first booking finds its time taken), {@code slow} (bookings are kept for later: Pending) or
 * {@code down} (nothing answers: questions fail, orders are kept).
 */
final class GoldenAppointmentBook implements AppointmentBook {

    private final AppointmentBook book;
    private final String fault;
    private final AtomicBoolean firstBooking = new AtomicBoolean(true);

    private GoldenAppointmentBook(AppointmentBook book, String fault) {
        this.book = book;
        this.fault = fault;
    }

    static AppointmentBook withFault(String fault, AppointmentBook book) {
        if (fault.isEmpty()) {
            return book;
        }
        if (!List.of("taken", "slow", "down").contains(fault)) {
            throw new IllegalArgumentException("backoffice.appointments must be taken, slow or down, not " + fault);
        }
        return new GoldenAppointmentBook(book, fault);
    }

    @Override
    public Outcome<List<BookableService>> services() {
        return down() ? unavailable() : book.services();
    }

    @Override
    public Outcome<List<String>> offices(String serviceId) {
        return down() ? unavailable() : book.offices(serviceId);
    }

    @Override
    public Outcome<List<Slot>> freeSlots(SlotQuery query) {
        return down() ? unavailable() : book.freeSlots(query);
    }

    @Override
    public Outcome<Appointment> book(Booking booking) {
        if (fault.equals("taken") && firstBooking.getAndSet(false)) {
            return Outcome.failed(Failure.SLOT_TAKEN, "taken by the golden conversation");
        }
        if (!fault.equals("taken")) {
            return Outcome.pending("kept-" + booking.idempotencyKey());
        }
        return book.book(booking);
    }

    @Override
    public Outcome<Appointment> cancel(String appointmentId) {
        return down() ? Outcome.pending("kept-cancel-" + appointmentId) : book.cancel(appointmentId);
    }

    @Override
    public Outcome<Appointment> move(String appointmentId, ZonedDateTime newStart) {
        return down() ? Outcome.pending("kept-move-" + appointmentId) : book.move(appointmentId, newStart);
    }

    @Override
    public Outcome<Appointment> find(String appointmentId) {
        return down() ? unavailable() : book.find(appointmentId);
    }

    private boolean down() {
        return fault.equals("down");
    }

    private static <T> Outcome<T> unavailable() {
        return Outcome.failed(Failure.UNAVAILABLE, "down in the golden conversation");
    }
}
