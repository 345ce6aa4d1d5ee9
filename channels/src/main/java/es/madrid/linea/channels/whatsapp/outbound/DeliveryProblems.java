package es.madrid.linea.channels.whatsapp.outbound;

import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.channels.whatsapp.LogText;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a message that could not be delivered visible: a warning in the log (by citizen pseudonym, never by number)
 * and an {@code action} event {@value #ACTION} in the conversation, so agents and supervisors see it where they look.
 */
public final class DeliveryProblems {

    public static final String ACTION = "whatsapp_delivery";

    /** Outcomes recorded in the event. */
    public static final String FAILED = "failed";

    public static final String UNCERTAIN = "uncertain";
    public static final String OUTSIDE_WINDOW = "outside_window";

    private static final Logger log = LoggerFactory.getLogger(DeliveryProblems.class);

    private final ConversationService conversations;

    public DeliveryProblems(ConversationService conversations) {
        this.conversations = conversations;
    }

    void report(Outbox.Entry entry, String outcome, String detail) {
        String safeDetail = LogText.masked(detail, 200);
        log.warn(
                "WhatsApp message {} to citizen {} not delivered ({}): {}",
                entry.key(),
                entry.citizenKey(),
                outcome,
                safeDetail);
        if (entry.conversationId() == null) {
            return;
        }
        try {
            conversations.record(
                    entry.conversationId(), List.of(new ActionExecuted(ACTION, outcome, entry.key(), safeDetail)));
        } catch (RuntimeException e) {
            log.warn("could not record the delivery problem in conversation {}", entry.conversationId(), e);
        }
    }
}
