package es.madrid.linea.channels.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.testing.ApplicationIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.broker.DefaultSubscriptionRegistry;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;

/** The broker keeps the subscribers of every open chat's topic cached, not just Spring's default 1,024. */
class BrokerCapacityIT extends ApplicationIT {

    @Autowired
    SimpleBrokerMessageHandler broker;

    @Test
    void theSubscribersOfTensOfThousandsOfTopicsStayCached() {
        DefaultSubscriptionRegistry registry = (DefaultSubscriptionRegistry) broker.getSubscriptionRegistry();

        assertThat(registry.getCacheLimit()).isEqualTo(BrokerCapacity.CACHED_DESTINATIONS);
    }
}
