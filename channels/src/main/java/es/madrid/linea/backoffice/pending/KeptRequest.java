package es.madrid.linea.backoffice.pending;

import java.time.Instant;

/**
 * An order to an external system as kept in the ledger.
 *
 * @param id the ticket the caller got with a pending outcome
 * @param kind what it is, e.g. {@code file_alert}, {@code book_appointment}, {@code cancel_appointment}
 * @param payload what was asked, as JSON
 * @param uncertain a send may have reached the system: reconcile before sending again
 * @param reference what the system gave back so far (an alert code, a batch token, an appointment id)
 * @param result the answer, as JSON, once done
 * @param failure why it failed, as a {@code Failure} name
 */
public record KeptRequest(
        String id,
        String kind,
        String idempotencyKey,
        String conversationId,
        String payload,
        State state,
        boolean uncertain,
        int attempts,
        Instant nextAttemptAt,
        String reference,
        String result,
        String failure,
        String lastError,
        Instant createdAt,
        Instant updatedAt) {

    /** Where a kept request stands. */
    public enum State {
        /** Being sent right now. */
        SENDING,
        /** Not answered yet: it is tried again at {@code nextAttemptAt}. */
        PENDING,
        DONE,
        /** Refused by the system; the citizen was told. */
        FAILED,
        /** Given to people: it could not be done, or its result cannot be known without checking. */
        REVIEW;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
