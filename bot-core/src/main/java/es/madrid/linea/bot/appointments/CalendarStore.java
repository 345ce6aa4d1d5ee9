package es.madrid.linea.bot.appointments;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * Port: where an embedded calendar keeps its appointments. The store is what guarantees that a place is never given
 * twice, however many threads or instances book at once: {@link #insert} and {@link #moveTo} claim one of the
 * {@code capacity} places at a time atomically (the database does it with a unique constraint).
 */
public interface CalendarStore {

    /** The result of claiming a place. */
    enum Placement {
        PLACED,
        /** Every place at that time is taken. */
        FULL,
        /** An appointment with the same idempotency key exists (only from {@link #insert}). */
        DUPLICATE_KEY
    }

    /** The appointment as stored (booked or cancelled). */
    Optional<Appointment> byId(String id);

    Optional<Appointment> byKey(String idempotencyKey);

    /** How many places are taken at each start in {@code [from, to)} for a service at an office. */
    Map<Instant, Integer> bookedCounts(String officeId, String serviceId, Instant from, Instant to);

    /** Stores a new booked appointment in a free place. */
    Placement insert(Appointment appointment, Booking booking, int capacity);

    /** Moves a booked appointment to a free place at another time, freeing its old place in the same step. */
    Placement moveTo(String id, ZonedDateTime start, ZonedDateTime end, int capacity);

    /**
     * Cancels a booked appointment and frees its place.
     *
     * @return false when it was not booked (cancelled already, or unknown)
     */
    boolean cancel(String id, Instant at);
}
