package es.madrid.linea.bot.notifications;

/**
 * The embedded default for a channel with no gateway: the reminder is written to the outbox (its text and status
 * stay in the store, visible through the API) and counts as delivered. Nothing leaves the machine.
 */
public final class OutboxSender implements ReminderSender {

    public static final String OUTBOX = "outbox";

    private final ReminderChannel channel;

    public OutboxSender(ReminderChannel channel) {
        this.channel = channel;
    }

    @Override
    public ReminderChannel channel() {
        return channel;
    }

    @Override
    public Delivery send(Reminder reminder, String text) {
        return Delivery.delivered(OUTBOX);
    }
}
