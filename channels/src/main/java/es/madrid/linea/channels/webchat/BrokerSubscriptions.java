package es.madrid.linea.channels.webchat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

/**
 * Gives the in-process broker the {@link LiteralSubscriptionRegistry}: every web chat has its own topic, and with
 * Spring's default registry the first message to a new topic (each new conversation's greeting) scanned every
 * subscription of every connected session. The suite measured it with 2,000 connected chats ({@code bench/run}).
 * The registry is a bean of its own so that the publisher can ask whether anyone listens to a conversation.
 */
@Configuration(proxyBeanMethods = false)
class BrokerSubscriptions {

    @Bean
    static LiteralSubscriptionRegistry brokerSubscriptionRegistry() {
        return new LiteralSubscriptionRegistry();
    }

    @Bean
    static BeanPostProcessor literalBrokerSubscriptions(ObjectProvider<LiteralSubscriptionRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SimpleBrokerMessageHandler broker) {
                    broker.setSubscriptionRegistry(registry.getObject());
                }
                return bean;
            }
        };
    }
}
