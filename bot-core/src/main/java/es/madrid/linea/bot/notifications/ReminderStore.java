package es.madrid.linea.bot.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: where reminders are kept (the outbox). Every change of status is conditional on the status it comes from,
 * so that two dispatchers running at once (two threads, two instances) never both send the same reminder: only one
 * of them {@link #claim claims} it.
 */
public interface ReminderStore {

    void insert(Reminder reminder);

    Optional<Reminder> byId(String id);

    /** The most recently created reminder of an appointment. */
    Optional<Reminder> latestOf(String appointmentId);

    /**
     * Sets the status when the reminder is in one of {@code from}.
     *
     * @return false when it was not (someone changed it first)
     */
    boolean transition(String id, Set<ReminderStatus> from, ReminderStatus to, Instant at);

    /** Scheduled reminders due at {@code now}, the oldest first. */
    List<Reminder> due(Instant now, int limit);

    /**
     * Takes a scheduled reminder for sending (status {@code sending}, one more attempt) until {@code leaseUntil}.
     *
     * @return false when another dispatcher took it first, or it is no longer scheduled
     */
    boolean claim(String id, Instant now, Instant leaseUntil);

    /** A claimed reminder went out. */
    void markSent(String id, Instant at, String text, String deliveredBy);

    /** A claimed reminder could not be sent and nothing went out: schedule it again at {@code next}. */
    void retryAt(String id, Instant next, String error);

    /** A claimed reminder will not be sent. */
    void markFailed(String id, Instant at, String error);

    /**
     * Claimed reminders whose lease ran out (the dispatcher died while sending) are marked failed, not retried: they
     * may have gone out, and a reminder is never sent twice.
     *
     * @return how many were abandoned
     */
    int abandonStale(Instant now);
}
