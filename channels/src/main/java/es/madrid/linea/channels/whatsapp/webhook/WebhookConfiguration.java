package es.madrid.linea.channels.whatsapp.webhook;

import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.channels.whatsapp.CitizenPseudonyms;
import es.madrid.linea.channels.whatsapp.Contacts;
import es.madrid.linea.channels.whatsapp.WhatsAppConfigured;
import es.madrid.linea.channels.whatsapp.WhatsAppProperties;
import es.madrid.linea.channels.whatsapp.outbound.DeliveryStatuses;
import es.madrid.linea.channels.whatsapp.outbound.Outbox;
import es.madrid.linea.channels.whatsapp.outbound.OutboxSender;
import es.madrid.linea.channels.whatsapp.outbound.WhatsAppReplies;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The receiving half of the WhatsApp channel, wired only when the channel is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(WhatsAppConfigured.class)
class WebhookConfiguration {

    @Bean
    WebhookSignature webhookSignature(WhatsAppProperties properties) {
        return new WebhookSignature(properties.appSecret());
    }

    @Bean
    WebhookReader webhookReader(JsonMapper json, CitizenPseudonyms pseudonyms, WhatsAppProperties properties) {
        return new WebhookReader(json, pseudonyms, properties.phoneNumberId());
    }

    @Bean
    Inbox whatsAppInbox(JdbcClient jdbc) {
        return new Inbox(jdbc);
    }

    @Bean
    InboxProcessor whatsAppInboxProcessor(
            Inbox inbox,
            ConversationService conversations,
            ConversationStore store,
            Contacts contacts,
            Outbox outbox,
            OutboxSender sender,
            WhatsAppReplies replies,
            DeliveryStatuses statuses,
            Clock clock,
            JsonMapper json) {
        CitizenMessages messages =
                new CitizenMessages(conversations, store, contacts, outbox, sender, replies, clock, json);
        return new InboxProcessor(inbox, messages, statuses, clock, json);
    }
}
