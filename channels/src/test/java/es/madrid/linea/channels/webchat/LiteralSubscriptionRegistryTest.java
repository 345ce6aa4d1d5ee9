package es.madrid.linea.channels.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;

class LiteralSubscriptionRegistryTest {

    private final LiteralSubscriptionRegistry registry = new LiteralSubscriptionRegistry();

    @Test
    void aMessageReachesTheSessionsSubscribedToItsDestinationOnly() {
        registry.registerSubscription(subscribe("s1", "sub-0", "/topic/conversations.a"));
        registry.registerSubscription(subscribe("s2", "sub-0", "/topic/conversations.a"));
        registry.registerSubscription(subscribe("s2", "sub-1", "/topic/conversations.b"));

        assertThat(registry.findSubscriptions(message("/topic/conversations.a")))
                .isEqualTo(Map.of("s1", List.of("sub-0"), "s2", List.of("sub-0")));
        assertThat(registry.findSubscriptions(message("/topic/conversations.b")))
                .isEqualTo(Map.of("s2", List.of("sub-1")));
        assertThat(registry.findSubscriptions(message("/topic/conversations.c")))
                .isEmpty();
    }

    @Test
    void aPatternIsALiteralDestinationNotAWildcard() {
        registry.registerSubscription(subscribe("nosy", "sub-0", "/topic/conversations.*"));
        registry.registerSubscription(subscribe("nosy", "sub-1", "/topic/**"));

        assertThat(registry.findSubscriptions(message("/topic/conversations.a")))
                .isEmpty();
    }

    @Test
    void unsubscribingAndDisconnectingForgetTheSubscriptionsAndTheEmptyDestinations() {
        registry.registerSubscription(subscribe("s1", "sub-0", "/topic/conversations.a"));
        registry.registerSubscription(subscribe("s1", "sub-1", "/topic/conversations.b"));
        registry.registerSubscription(subscribe("s2", "sub-0", "/topic/conversations.b"));

        registry.unregisterSubscription(unsubscribe("s1", "sub-0"));
        assertThat(registry.findSubscriptions(message("/topic/conversations.a")))
                .isEmpty();

        registry.unregisterAllSubscriptions("s1");
        assertThat(registry.findSubscriptions(message("/topic/conversations.b")))
                .isEqualTo(Map.of("s2", List.of("sub-0")));

        registry.unregisterAllSubscriptions("s2");
        assertThat(registry.destinations()).isZero();
    }

    @Test
    void aReusedSubscriptionIdMeansItsNewDestinationOnly() {
        registry.registerSubscription(subscribe("s1", "sub-0", "/topic/conversations.a"));
        registry.registerSubscription(subscribe("s1", "sub-0", "/topic/conversations.b"));

        assertThat(registry.findSubscriptions(message("/topic/conversations.a")))
                .isEmpty();
        assertThat(registry.findSubscriptions(message("/topic/conversations.b")))
                .isEqualTo(Map.of("s1", List.of("sub-0")));
    }

    private static Message<byte[]> subscribe(String session, String subscription, String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.SUBSCRIBE);
        headers.setSessionId(session);
        headers.setSubscriptionId(subscription);
        headers.setDestination(destination);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    private static Message<byte[]> unsubscribe(String session, String subscription) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.UNSUBSCRIBE);
        headers.setSessionId(session);
        headers.setSubscriptionId(subscription);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    private static Message<byte[]> message(String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setDestination(destination);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }
}
