package es.madrid.linea.bot.notifications;

/**
 * Port: sends reminders on one channel — SMS through a gateway, WhatsApp with a template, the web into the
 * conversation. A channel with no sender keeps its reminders in the outbox ({@link OutboxSender}), visible through
 * the API. To add a channel's sender (e.g. the WhatsApp template sender), implement this and declare it as a bean.
 */
public interface ReminderSender {

    ReminderChannel channel();

    /** Sends the text to the reminder's recipient. Never throws for a failure of the channel: it says so. */
    Delivery send(Reminder reminder, String text);
}
