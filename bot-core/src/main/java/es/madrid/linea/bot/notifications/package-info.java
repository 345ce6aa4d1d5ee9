/**
 * Appointment reminders: the {@link es.madrid.linea.bot.notifications.Notifications} port (schedule, hold, move,
 * cancel a reminder), the rules behind it ({@link es.madrid.linea.bot.notifications.ReminderPlan}: the day before at
 * a set time, or as soon as sensible; {@link es.madrid.linea.bot.notifications.ReminderText}: the one place the
 * message is written), the {@link es.madrid.linea.bot.notifications.ReminderDispatcher} that sends due reminders
 * exactly once through a {@link es.madrid.linea.bot.notifications.ReminderSender} per channel, and {@link
 * es.madrid.linea.bot.notifications.RemindedAppointmentBook}, which keeps reminders in step when appointments are
 * cancelled or moved. Storage is a port ({@link es.madrid.linea.bot.notifications.ReminderStore}), in memory for tests
 * and in the database in the application. Depends on {@code appointments}, {@code backoffice} and {@code
 * conversation}.
 */
package es.madrid.linea.bot.notifications;
