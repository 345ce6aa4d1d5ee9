package es.madrid.linea.bot.notifications;

import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.UnknownConversationException;
import es.madrid.linea.bot.reply.Reply;
import java.util.List;

/**
 * Web reminders: the message is added to the conversation where the appointment was booked, so the web chat shows it
 * (pushed at once to an open chat, seen on return otherwise).
 */
public final class ConversationReminderSender implements ReminderSender {

    public static final String CONVERSATION = "conversation";

    private final ConversationService conversations;

    public ConversationReminderSender(ConversationService conversations) {
        this.conversations = conversations;
    }

    @Override
    public ReminderChannel channel() {
        return ReminderChannel.WEB;
    }

    @Override
    public Delivery send(Reminder reminder, String text) {
        try {
            conversations.record(reminder.request().recipient(), List.of(new BotUttered(Reply.text(text))));
            return Delivery.delivered(CONVERSATION);
        } catch (UnknownConversationException e) {
            return Delivery.refused("no conversation " + reminder.request().recipient());
        }
    }
}
