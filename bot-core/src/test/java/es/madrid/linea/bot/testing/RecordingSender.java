package es.madrid.linea.bot.testing;

import es.madrid.linea.bot.notifications.Delivery;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderSender;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A reminder sender that keeps what it is asked to send, and answers what the test tells it to (delivered by default). */
public final class RecordingSender implements ReminderSender {

    /** One message handed to the sender. */
    public record Sent(String reminderId, String recipient, String text) {}

    private final ReminderChannel channel;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Deque<Delivery> answers = new ArrayDeque<>();

    public RecordingSender(ReminderChannel channel) {
        this.channel = channel;
    }

    /** The next sends answer these, in order; then "delivered" again. */
    public synchronized RecordingSender answering(Delivery... deliveries) {
        answers.addAll(List.of(deliveries));
        return this;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public ReminderChannel channel() {
        return channel;
    }

    @Override
    public Delivery send(Reminder reminder, String text) {
        sent.add(new Sent(reminder.id(), reminder.request().recipient(), text));
        synchronized (this) {
            return answers.isEmpty() ? Delivery.delivered("recording") : answers.poll();
        }
    }
}
