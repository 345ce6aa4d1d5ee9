package es.madrid.linea.bot.appointments;

import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Port: the council's appointment system (cita previa). Every implementation passes {@code AppointmentBookContract}
 * (bot-core's test jar).
 *
 * <p>How to read the answers: see {@link Outcome}. Booking and cancelling are orders: when the system is down they
 * are kept and come back {@code Pending}. Questions (services, offices, free slots, find) fail with {@code
 * UNAVAILABLE} instead. Times are in the council's zone, Europe/Madrid.
 */
public interface AppointmentBook {

    /** The services appointments can be booked for. */
    Outcome<List<BookableService>> services();

    /** The ids of the offices where a service is booked; {@code Failed(NOT_FOUND)} for an unknown service. */
    Outcome<List<String>> offices(String serviceId);

    /**
     * Free times, earliest first or nearest to the preferred time (see {@link SlotQuery}); an empty list when none.
     * {@code Failed(NOT_FOUND)} for an unknown service, {@code Failed(REJECTED)} for an office that does not offer it.
     */
    Outcome<List<Slot>> freeSlots(SlotQuery query);

    /**
     * Books an appointment. A repeated idempotency key answers the first appointment without booking again. {@code
     * Failed(SLOT_TAKEN)} when the time is no longer free; {@code Failed(REJECTED)} when it is not a time the office
     * offers (closed, past, not on the service's grid).
     */
    Outcome<Appointment> book(Booking booking);

    /**
     * Cancels an appointment; cancelling a cancelled one answers it as it is. {@code Failed(NOT_FOUND)}, or {@code
     * Failed(NOT_CHANGEABLE)} when its time has passed.
     */
    Outcome<Appointment> cancel(String appointmentId);

    /**
     * Moves an appointment to another free time of the same service and office. The answer is the appointment as it
     * is now: use its id from then on (some systems give a moved appointment a new reference). {@code
     * Failed(SLOT_TAKEN)}, {@code Failed(REJECTED)}, {@code Failed(NOT_FOUND)} or {@code Failed(NOT_CHANGEABLE)} as
     * for booking and cancelling.
     */
    Outcome<Appointment> move(String appointmentId, ZonedDateTime newStart);

    /** The appointment as it stands now (a past one is {@code done}); {@code Failed(NOT_FOUND)} when unknown. */
    Outcome<Appointment> find(String appointmentId);

    /**
     * The service with this name, as procedures name it in {@code appointment_service} (case, accents and spacing do
     * not matter); {@code Failed(NOT_FOUND)} when the system has no such service.
     */
    default Outcome<BookableService> serviceNamed(String name) {
        String wanted = comparable(name);
        return services()
                .flatMap(all -> all.stream()
                        .filter(service -> comparable(service.name()).equals(wanted))
                        .findFirst()
                        .<Outcome<BookableService>>map(Outcome::done)
                        .orElseGet(() -> Outcome.failed(Failure.NOT_FOUND, "no service named " + name)));
    }

    private static String comparable(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").strip();
    }
}
