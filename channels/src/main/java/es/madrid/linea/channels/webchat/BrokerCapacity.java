package es.madrid.linea.channels.webchat;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * Sizes the in-process broker for thousands of open chats. Every web chat has its own topic, and each message to a
 * topic looks up its subscribers in the broker's destination cache; when the cache is smaller than the number of
 * live topics (Spring's default is 1,024), a miss scans every subscription of every session, so each message costs
 * more the more citizens are connected. The suite measured it with 2,000 connected chats ({@code bench/run}).
 */
@Configuration(proxyBeanMethods = false)
class BrokerCapacity implements WebSocketMessageBrokerConfigurer {

    /** Topics whose subscribers stay cached: a few per open chat, for tens of thousands of chats (a few MB). */
    static final int CACHED_DESTINATIONS = 65_536;

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setCacheLimit(CACHED_DESTINATIONS);
    }
}
