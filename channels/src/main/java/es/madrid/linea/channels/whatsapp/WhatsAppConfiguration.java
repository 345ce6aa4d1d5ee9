package es.madrid.linea.channels.whatsapp;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the WhatsApp channel's two halves share, wired only when the channel is configured. A channel configured only
 * in part stops the start with the names of the missing settings: an operator who set some of them meant to turn it
 * on, and a channel that silently stayed off would leave citizens unanswered.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(WhatsAppConfigured.class)
class WhatsAppConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppConfiguration.class);

    WhatsAppConfiguration(WhatsAppProperties properties) {
        List<String> missing = properties.missingSettings();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    "The WhatsApp channel is configured only in part: also set " + String.join(", ", missing));
        }
        log.info("WhatsApp channel on: {}", properties);
    }

    @Bean
    CitizenPseudonyms citizenPseudonyms(WhatsAppProperties properties) {
        return new CitizenPseudonyms(properties.appSecret());
    }

    @Bean
    Contacts whatsAppContacts(JdbcClient jdbc) {
        return new Contacts(jdbc);
    }
}
