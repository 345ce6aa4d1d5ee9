package es.madrid.linea.backoffice.pending;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.UnknownConversationException;
import es.madrid.linea.bot.reply.Reply;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows up in the conversation itself, through {@link ConversationService#record}: an {@code action} event (ok with
 * the alert code or appointment id, or failed with the ticket) and a message for the citizen, which the web chat
 * shows at once if it is open.
 */
public final class ConversationFollowUp implements FollowUp {

    private static final Logger log = LoggerFactory.getLogger(ConversationFollowUp.class);

    private final ConversationService conversations;
    private final FollowUpMessages messages;

    public ConversationFollowUp(ConversationService conversations, ZoneId zone) {
        this.conversations = conversations;
        this.messages = new FollowUpMessages(zone);
    }

    @Override
    public void alertFiled(String conversationId, String ticket, Alert alert) {
        tell(conversationId, FILE_ALERT, ActionExecuted.OK, alert.code(), ticket, messages.alertFiled(alert));
    }

    @Override
    public void appointmentBooked(String conversationId, String ticket, Appointment appointment) {
        tell(
                conversationId,
                BOOK_APPOINTMENT,
                ActionExecuted.OK,
                appointment.id(),
                ticket,
                messages.appointmentBooked(appointment));
    }

    @Override
    public void appointmentMoved(String conversationId, String ticket, String previousId, Appointment appointment) {
        tell(
                conversationId,
                MOVE_APPOINTMENT,
                ActionExecuted.OK,
                appointment.id(),
                "ticket " + ticket + ", was " + previousId,
                messages.appointmentMoved(appointment));
    }

    @Override
    public void appointmentCancelled(String conversationId, String ticket, Appointment appointment) {
        tell(
                conversationId,
                CANCEL_APPOINTMENT,
                ActionExecuted.OK,
                appointment.id(),
                ticket,
                messages.appointmentCancelled(appointment));
    }

    @Override
    public void notDone(String conversationId, String ticket, String action, String why) {
        tell(conversationId, action, "failed", ticket, why, messages.notDone(action));
    }

    private void tell(
            String conversationId, String action, String outcome, String reference, String detail, String text) {
        if (conversationId == null) {
            return;
        }
        List<ConversationEvent> events =
                List.of(new ActionExecuted(action, outcome, reference, detail), new BotUttered(Reply.text(text)));
        try {
            conversations.record(conversationId, events);
        } catch (UnknownConversationException e) {
            log.warn("cannot follow up {} {}: the conversation is gone", action, reference);
        }
    }
}
