package es.madrid.linea.bot.notifications;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.AppointmentStatus;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.privacy.PersonalDataMasker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the reminders that are due, each exactly once. Each due reminder is first claimed in the store (only one
 * dispatcher wins it, however many run), checked against its appointment (a cancelled one is not reminded, a moved
 * one gets a reminder for its new time), written by {@link ReminderText} and handed to its channel's sender. Nothing
 * sent twice: a failure after which the message may have gone out is never retried; one where nothing went out is
 * retried with a growing delay while there is still time before the appointment.
 */
public final class ReminderDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

    /** Why a reminder left in {@code sending} by a dispatcher that died is failed, not retried. */
    public static final String ABANDONED = "interrupted while sending: not retried, it may have gone out";

    private static final int BATCH = 100;

    private final ReminderStore store;
    private final Notifications notifications;
    private final AppointmentBook book;
    private final Map<ReminderChannel, ReminderSender> senders = new EnumMap<>(ReminderChannel.class);
    private final ReminderPlan plan;
    private final Clock clock;
    private final Duration lease;
    private final Duration firstRetry;

    /**
     * @param senders one per channel at most; channels without one keep their reminders in the outbox
     * @param lease how long a claimed reminder may take to send before it counts as abandoned
     * @param firstRetry the delay after the first attempt that sent nothing; it doubles with each attempt
     */
    public ReminderDispatcher(
            ReminderStore store,
            Notifications notifications,
            AppointmentBook book,
            List<ReminderSender> senders,
            ReminderPlan plan,
            Clock clock,
            Duration lease,
            Duration firstRetry) {
        this.store = store;
        this.notifications = notifications;
        this.book = book;
        for (ReminderChannel channel : ReminderChannel.values()) {
            this.senders.put(channel, new OutboxSender(channel));
        }
        for (ReminderSender sender : senders) {
            this.senders.put(sender.channel(), sender);
        }
        this.plan = plan;
        this.clock = clock;
        this.lease = lease;
        this.firstRetry = firstRetry;
    }

    /** The sender of each channel, for the record. */
    public Map<ReminderChannel, ReminderSender> senders() {
        return Map.copyOf(senders);
    }

    /**
     * Sends what is due now.
     *
     * @return how many reminders went out
     */
    public int dispatchDue() {
        Instant now = clock.instant();
        int abandoned = store.abandonStale(now);
        if (abandoned > 0) {
            log.warn("{} reminders were left half-sent by a stopped dispatcher and are marked failed", abandoned);
        }
        int sent = 0;
        for (Reminder due : store.due(now, BATCH)) {
            if (store.claim(due.id(), now, now.plus(lease))
                    && dispatch(store.byId(due.id()).orElseThrow(), now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean dispatch(Reminder reminder, Instant now) {
        Outcome<Appointment> current = book.find(reminder.appointmentId());
        if (current.failureIfFailed().filter(f -> f == Failure.NOT_FOUND).isPresent()
                || current.valueIfDone()
                        .filter(a -> a.status() == AppointmentStatus.CANCELLED)
                        .isPresent()) {
            store.transition(
                    reminder.id(), EnumSet.of(ReminderStatus.SENDING), ReminderStatus.CANCELLED, clock.instant());
            return false;
        }
        if (current.valueIfDone()
                .filter(a -> !a.start()
                        .toInstant()
                        .equals(reminder.appointmentStart().toInstant()))
                .isPresent()) {
            // Moved behind our back (e.g. at the office): remind of the new time instead.
            store.transition(
                    reminder.id(), EnumSet.of(ReminderStatus.SENDING), ReminderStatus.CANCELLED, clock.instant());
            Appointment moved = current.valueIfDone().orElseThrow();
            notifications.schedule(moved.id(), moved.start(), reminder.request());
            return false;
        }
        // When the appointment system does not answer, the reminder goes out with what it knew: better than none.
        if (!reminder.appointmentStart().toInstant().isAfter(now)) {
            store.markFailed(reminder.id(), clock.instant(), "the appointment has already started");
            return false;
        }
        String text = ReminderText.compose(
                reminder.request().details(),
                reminder.appointmentStart(),
                plan.zone(),
                now.atZone(plan.zone()).toLocalDate());
        Delivery delivery = send(reminder, text);
        switch (delivery.kind()) {
            case DELIVERED:
                store.markSent(reminder.id(), clock.instant(), text, delivery.by());
                return true;
            case NOT_SENT:
                Instant next = now.plus(firstRetry.multipliedBy(1L << Math.min(reminder.attempts() - 1, 10)));
                if (next.isBefore(reminder.appointmentStart().toInstant().minus(Duration.ofHours(1)))) {
                    store.retryAt(reminder.id(), next, delivery.detail());
                } else {
                    store.markFailed(reminder.id(), clock.instant(), "not sent in time: " + delivery.detail());
                }
                return false;
            default:
                store.markFailed(reminder.id(), clock.instant(), delivery.detail());
                return false;
        }
    }

    private Delivery send(Reminder reminder, String text) {
        try {
            return senders.get(reminder.channel()).send(reminder, text);
        } catch (RuntimeException e) {
            // A sender that throws broke its promise; whether anything went out is unknown, so it is not retried.
            log.error(
                    "the {} sender failed on reminder {}: {}",
                    reminder.channel().wireName(),
                    reminder.id(),
                    PersonalDataMasker.mask(String.valueOf(e.getMessage())));
            return Delivery.uncertain("sender error: " + e.getClass().getSimpleName());
        }
    }
}
