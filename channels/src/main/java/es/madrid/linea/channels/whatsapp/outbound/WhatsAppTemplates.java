package es.madrid.linea.channels.whatsapp.outbound;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.ConversationHeader;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.UnknownConversationException;
import java.time.Clock;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends approved templates to the citizen of a WhatsApp conversation: how reminders (e.g. {@link
 * TemplateMessage#appointmentReminder}) reach the citizen, inside or outside the 24-hour window. Templates go through
 * the same outbox as every other message (ordered per citizen, paced, retried, never sent twice); a delivery problem
 * is recorded in the conversation.
 */
public final class WhatsAppTemplates {

    private final ConversationStore store;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final Clock clock;
    private final JsonMapper json;

    public WhatsAppTemplates(
            ConversationStore store, Outbox outbox, OutboxSender sender, Clock clock, JsonMapper json) {
        this.store = store;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Queues a template for the citizen of a WhatsApp conversation.
     *
     * @param key what makes this message unique, e.g. {@code reminder:<appointment id>}: the same key is sent once
     *     however often it is asked for
     * @return false when a message with this key was already queued
     * @throws UnknownConversationException when there is no such conversation
     * @throws IllegalArgumentException when the conversation is not a WhatsApp one
     */
    public boolean send(String conversationId, TemplateMessage template, String key) {
        ConversationHeader header =
                store.header(conversationId).orElseThrow(() -> new UnknownConversationException(conversationId));
        if (header.channel() != Channel.WHATSAPP || header.citizenKey() == null) {
            throw new IllegalArgumentException("conversation " + conversationId + " is not a WhatsApp conversation");
        }
        String body = json.writeValueAsString(GraphMessages.template(template));
        boolean queued = outbox.enqueue(
                "template:" + key, header.citizenKey(), conversationId, null, false, body, clock.instant());
        if (queued) {
            sender.wake();
        }
        return queued;
    }
}
