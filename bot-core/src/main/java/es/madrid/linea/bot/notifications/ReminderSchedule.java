package es.madrid.linea.bot.notifications;

import es.madrid.linea.bot.conversation.IdSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Notifications} rules over a {@link ReminderStore}: one live reminder per appointment, timed by the
 * {@link ReminderPlan}. With {@link InMemoryReminderStore} it is the in-memory implementation for tests; with the
 * application's database store it is the embedded outbox.
 */
public final class ReminderSchedule implements Notifications {

    private static final Set<ReminderStatus> PENDING = EnumSet.of(ReminderStatus.WAITING, ReminderStatus.SCHEDULED);

    private final ReminderStore store;
    private final ReminderPlan plan;
    private final Clock clock;
    private final IdSource ids;

    public ReminderSchedule(ReminderStore store, ReminderPlan plan, Clock clock, IdSource ids) {
        this.store = store;
        this.plan = plan;
        this.clock = clock;
        this.ids = ids;
    }

    /** Reminders kept in memory, for tests. */
    public static ReminderSchedule inMemory(ReminderPlan plan, Clock clock, IdSource ids) {
        return new ReminderSchedule(new InMemoryReminderStore(), plan, clock, ids);
    }

    public ReminderPlan plan() {
        return plan;
    }

    @Override
    public Reminder schedule(String appointmentId, ZonedDateTime start, ReminderRequest request) {
        Optional<Reminder> latest = store.latestOf(appointmentId);
        if (latest.isPresent() && isTheSame(latest.get(), start, request)) {
            return latest.get();
        }
        latest.ifPresent(this::cancelIfPending);
        return create(appointmentId, start, request);
    }

    @Override
    public Reminder hold(String ticket, ZonedDateTime requestedStart, ReminderRequest request) {
        Optional<Reminder> latest = store.latestOf(ticket);
        if (latest.isPresent() && latest.get().status() == ReminderStatus.WAITING) {
            return latest.get();
        }
        Reminder waiting = new Reminder(
                ids.newId(),
                ticket,
                requestedStart,
                request,
                ReminderStatus.WAITING,
                null,
                0,
                null,
                null,
                null,
                null,
                now());
        store.insert(waiting);
        return waiting;
    }

    @Override
    public Optional<Reminder> reschedule(String appointmentId, String newAppointmentId, ZonedDateTime newStart) {
        Optional<Reminder> latest = store.latestOf(appointmentId);
        if (latest.isEmpty() || latest.get().status() == ReminderStatus.CANCELLED) {
            return Optional.empty();
        }
        Reminder current = latest.get();
        if (appointmentId.equals(newAppointmentId) && isTheSame(current, newStart, current.request())) {
            return latest;
        }
        cancelIfPending(current);
        return Optional.of(create(newAppointmentId, newStart, current.request()));
    }

    @Override
    public Optional<Reminder> cancel(String appointmentId) {
        Optional<Reminder> latest = store.latestOf(appointmentId);
        latest.ifPresent(this::cancelIfPending);
        return latest.flatMap(reminder -> store.byId(reminder.id()));
    }

    @Override
    public Optional<Reminder> reminderOf(String appointmentId) {
        return store.latestOf(appointmentId);
    }

    private Reminder create(String appointmentId, ZonedDateTime start, ReminderRequest request) {
        Instant now = now();
        Optional<Instant> when = plan.when(start, now);
        Reminder reminder = new Reminder(
                ids.newId(),
                appointmentId,
                start.withZoneSameInstant(plan.zone()),
                request,
                when.isPresent() ? ReminderStatus.SCHEDULED : ReminderStatus.SKIPPED,
                when.orElse(null),
                0,
                null,
                null,
                null,
                null,
                now);
        store.insert(reminder);
        return reminder;
    }

    /** The same appointment time, channel and recipient, and not a placeholder waiting for its booking. */
    private static boolean isTheSame(Reminder reminder, ZonedDateTime start, ReminderRequest request) {
        return reminder.status() != ReminderStatus.WAITING
                && reminder.status() != ReminderStatus.CANCELLED
                && reminder.appointmentStart().toInstant().equals(start.toInstant())
                && reminder.channel() == request.channel()
                && reminder.request().recipient().equals(request.recipient());
    }

    private void cancelIfPending(Reminder reminder) {
        store.transition(reminder.id(), PENDING, ReminderStatus.CANCELLED, now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
