package es.madrid.linea.bot.notifications;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Port: appointment reminders. A reminder is sent the day before the appointment at a set time (or as soon as
 * sensible when booked later than that), on the channel the citizen chose, and never twice. Every implementation
 * passes {@code NotificationsContract} (bot-core's test jar). Nothing here talks to a gateway: sending is the {@link
 * ReminderDispatcher}'s job.
 */
public interface Notifications {

    /**
     * Schedules the reminder of a booked appointment (status {@code scheduled}, or {@code skipped} when it is too
     * close to remind). Asking again for the same appointment, channel and recipient answers the reminder already
     * there; asking with another channel or recipient replaces a reminder not yet sent.
     */
    Reminder schedule(String appointmentId, ZonedDateTime start, ReminderRequest request);

    /**
     * Keeps a reminder for a booking that is pending (status {@code waiting}, under the booking's ticket); {@link
     * #reschedule} with the booked appointment turns it into a scheduled one, {@link #cancel} drops it.
     */
    Reminder hold(String ticket, ZonedDateTime requestedStart, ReminderRequest request);

    /**
     * Follows an appointment that moved (or a pending booking that got booked): the reminder not yet sent is
     * cancelled and a new one is scheduled for the new time, under the appointment's id (which may be new). Empty
     * when the appointment had no reminder, or its reminder was cancelled.
     */
    Optional<Reminder> reschedule(String appointmentId, String newAppointmentId, ZonedDateTime newStart);

    /** Cancels the reminder of a cancelled appointment if not sent yet; the reminder as it is, or empty when none. */
    Optional<Reminder> cancel(String appointmentId);

    /** The latest reminder of an appointment. */
    Optional<Reminder> reminderOf(String appointmentId);
}
