package es.madrid.linea.bot.appointments;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * An appointment to book.
 *
 * @param procedureId the procedure it is for (shown in the API and reminders); may be null
 * @param start one of the free slots' starts
 * @param citizenName the name to book under, if the citizen gave it; may be null
 * @param citizenPhone the citizen's phone (+34...), if given; may be null
 * @param idempotencyKey chosen by the caller and stable across retries (e.g. conversation id + the sequence number of
 *     the confirming message): booking twice with the same key books once and answers the same appointment
 * @param conversationId the conversation to tell when a kept request is booked later; may be null
 */
public record Booking(
        String officeId,
        String serviceId,
        String procedureId,
        ZonedDateTime start,
        String citizenName,
        String citizenPhone,
        String idempotencyKey,
        String conversationId) {

    public static final int MAX_KEY = 200;

    public Booking {
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(start, "start");
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("a booking needs an idempotency key of 1 to " + MAX_KEY + " characters");
        }
    }
}
