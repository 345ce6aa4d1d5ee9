/**
 * Appointment reminders in the application: the outbox in the database ({@link
 * es.madrid.linea.backoffice.notifications.JdbcReminderStore}, behind bot-core's {@code ReminderSchedule}), the
 * dispatcher run in the background (at start-up too, to catch up), the senders — web reminders into the conversation,
 * SMS through the Altiria gateway when configured ({@link
 * es.madrid.linea.backoffice.notifications.AltiriaSmsSender}), and the outbox for any channel without one (WhatsApp
 * until its template sender, a {@code ReminderSender} bean, is declared) — and {@code GET /api/v1/notifications} for
 * supervisors.
 */
package es.madrid.linea.backoffice.notifications;
