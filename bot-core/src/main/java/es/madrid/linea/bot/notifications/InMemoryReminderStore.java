package es.madrid.linea.bot.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A reminder store in memory, for tests: one lock guards every change. */
public final class InMemoryReminderStore implements ReminderStore {

    private final Map<String, Reminder> reminders = new LinkedHashMap<>();
    private final Map<String, Instant> leases = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Reminder reminder) {
        reminders.put(reminder.id(), reminder);
    }

    @Override
    public synchronized Optional<Reminder> byId(String id) {
        return Optional.ofNullable(reminders.get(id));
    }

    @Override
    public synchronized Optional<Reminder> latestOf(String appointmentId) {
        Reminder latest = null;
        for (Reminder reminder : reminders.values()) {
            if (reminder.appointmentId().equals(appointmentId)) {
                latest = reminder; // insertion order is creation order
            }
        }
        return Optional.ofNullable(latest);
    }

    @Override
    public synchronized boolean transition(String id, Set<ReminderStatus> from, ReminderStatus to, Instant at) {
        Reminder reminder = reminders.get(id);
        if (reminder == null || !from.contains(reminder.status())) {
            return false;
        }
        reminders.put(id, reminder.withStatus(to));
        return true;
    }

    @Override
    public synchronized List<Reminder> due(Instant now, int limit) {
        List<Reminder> due = new ArrayList<>();
        for (Reminder reminder : reminders.values()) {
            if (reminder.status() == ReminderStatus.SCHEDULED
                    && !reminder.scheduledAt().isAfter(now)) {
                due.add(reminder);
            }
        }
        due.sort(Comparator.comparing(Reminder::scheduledAt));
        return due.subList(0, Math.min(limit, due.size()));
    }

    @Override
    public synchronized boolean claim(String id, Instant now, Instant leaseUntil) {
        Reminder reminder = reminders.get(id);
        if (reminder == null || reminder.status() != ReminderStatus.SCHEDULED) {
            return false;
        }
        reminders.put(id, reminder.claimed());
        leases.put(id, leaseUntil);
        return true;
    }

    @Override
    public synchronized void markSent(String id, Instant at, String text, String deliveredBy) {
        reminders.put(id, sending(id).sentAs(at, text, deliveredBy));
    }

    @Override
    public synchronized void retryAt(String id, Instant next, String error) {
        reminders.put(id, sending(id).retriedAt(next, error));
    }

    @Override
    public synchronized void markFailed(String id, Instant at, String error) {
        reminders.put(id, sending(id).failedWith(error));
    }

    @Override
    public synchronized int abandonStale(Instant now) {
        int abandoned = 0;
        for (Reminder reminder : List.copyOf(reminders.values())) {
            Instant lease = leases.get(reminder.id());
            if (reminder.status() == ReminderStatus.SENDING && lease != null && lease.isBefore(now)) {
                markFailed(reminder.id(), now, ReminderDispatcher.ABANDONED);
                abandoned++;
            }
        }
        return abandoned;
    }

    private Reminder sending(String id) {
        Reminder reminder = reminders.get(id);
        if (reminder == null || reminder.status() != ReminderStatus.SENDING) {
            throw new IllegalStateException("reminder " + id + " is not being sent");
        }
        return reminder;
    }
}
