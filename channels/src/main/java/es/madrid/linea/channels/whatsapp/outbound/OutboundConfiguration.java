package es.madrid.linea.channels.whatsapp.outbound;

import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.channels.whatsapp.Contacts;
import es.madrid.linea.channels.whatsapp.WhatsAppConfigured;
import es.madrid.linea.channels.whatsapp.WhatsAppProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The sending half of the WhatsApp channel, wired only when the channel is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(WhatsAppConfigured.class)
class OutboundConfiguration {

    @Bean
    Outbox whatsAppOutbox(JdbcClient jdbc) {
        return new Outbox(jdbc);
    }

    @Bean
    GraphApi graphApi(WhatsAppProperties properties, JsonMapper json) {
        return new GraphApi(properties.messagesUri(), properties.accessToken(), properties.responseTimeout(), json);
    }

    @Bean
    DeliveryProblems whatsAppDeliveryProblems(ConversationService conversations) {
        return new DeliveryProblems(conversations);
    }

    @Bean
    OutboxSender whatsAppOutboxSender(
            Outbox outbox,
            Contacts contacts,
            GraphApi graph,
            WhatsAppProperties properties,
            DeliveryProblems problems,
            Clock clock,
            JsonMapper json) {
        return new OutboxSender(outbox, contacts, graph, properties.messagesPerSecond(), problems, clock, json);
    }

    @Bean
    DeliveryStatuses whatsAppDeliveryStatuses(Outbox outbox, OutboxSender sender) {
        return new DeliveryStatuses(outbox, sender);
    }

    @Bean
    WhatsAppReplies whatsAppReplies(
            ConversationStore store, Outbox outbox, OutboxSender sender, Clock clock, JsonMapper json) {
        return new WhatsAppReplies(store, outbox, new ReplyRenderer(), sender, clock, json);
    }

    @Bean
    WhatsAppTemplates whatsAppTemplates(
            ConversationStore store, Outbox outbox, OutboxSender sender, Clock clock, JsonMapper json) {
        return new WhatsAppTemplates(store, outbox, sender, clock, json);
    }
}
