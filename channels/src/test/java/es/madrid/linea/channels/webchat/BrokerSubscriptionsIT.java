package es.madrid.linea.channels.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.testing.ApplicationIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

/** The application's broker finds subscribers by literal destination (see {@link LiteralSubscriptionRegistry}). */
class BrokerSubscriptionsIT extends ApplicationIT {

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void theBrokerUsesTheLiteralRegistry() {
        assertThat(broker.getSubscriptionRegistry()).isInstanceOf(LiteralSubscriptionRegistry.class);
    }
}
