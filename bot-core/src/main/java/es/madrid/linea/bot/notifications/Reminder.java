package es.madrid.linea.bot.notifications;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A reminder of an appointment, scheduled, sent or not.
 *
 * @param appointmentStart the appointment's time when the reminder was scheduled
 * @param scheduledAt when it is (or was) to be sent; null when skipped
 * @param attempts how many times sending was tried
 * @param text the message as sent; null until then
 * @param deliveredBy who took it: {@code outbox} (kept here, the embedded default), {@code altiria}, {@code
 *     conversation}...
 */
public record Reminder(
        String id,
        String appointmentId,
        ZonedDateTime appointmentStart,
        ReminderRequest request,
        ReminderStatus status,
        Instant scheduledAt,
        int attempts,
        Instant sentAt,
        String text,
        String deliveredBy,
        String lastError,
        Instant createdAt) {

    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(appointmentStart, "appointmentStart");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public ReminderChannel channel() {
        return request.channel();
    }

    public Reminder withStatus(ReminderStatus newStatus) {
        return new Reminder(
                id,
                appointmentId,
                appointmentStart,
                request,
                newStatus,
                scheduledAt,
                attempts,
                sentAt,
                text,
                deliveredBy,
                lastError,
                createdAt);
    }

    /** Taken for sending: one more attempt. */
    public Reminder claimed() {
        return new Reminder(
                id,
                appointmentId,
                appointmentStart,
                request,
                ReminderStatus.SENDING,
                scheduledAt,
                attempts + 1,
                sentAt,
                text,
                deliveredBy,
                lastError,
                createdAt);
    }

    /** Scheduled again after an attempt that sent nothing. */
    public Reminder retriedAt(Instant next, String error) {
        return new Reminder(
                id,
                appointmentId,
                appointmentStart,
                request,
                ReminderStatus.SCHEDULED,
                next,
                attempts,
                sentAt,
                text,
                deliveredBy,
                error,
                createdAt);
    }

    public Reminder failedWith(String error) {
        return new Reminder(
                id,
                appointmentId,
                appointmentStart,
                request,
                ReminderStatus.FAILED,
                scheduledAt,
                attempts,
                sentAt,
                text,
                deliveredBy,
                error,
                createdAt);
    }

    public Reminder sentAs(Instant at, String sentText, String by) {
        return new Reminder(
                id,
                appointmentId,
                appointmentStart,
                request,
                ReminderStatus.SENT,
                scheduledAt,
                attempts,
                at,
                sentText,
                by,
                lastError,
                createdAt);
    }
}
