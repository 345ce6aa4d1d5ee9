package es.madrid.linea.channels.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a STOMP client may subscribe and send to, frame by frame. */
class StompAccessPolicyTest {

    private final StompAccessPolicy policy = new StompAccessPolicy();

    @Test
    void aCitizenMaySendToTheirConversationAndSubscribeToConversationTopicsAndTheirErrors() {
        assertAllowed(citizen(StompCommand.SEND, "/app/conversations/abc/messages"));
        assertAllowed(citizen(StompCommand.SUBSCRIBE, "/topic/conversations.abc"));
        assertAllowed(citizen(StompCommand.SUBSCRIBE, "/user/queue/errors"));
    }

    @Test
    void aCitizenMayNotSendToTheBrokerNorListenToOtherDestinations() {
        assertRefused(citizen(StompCommand.SEND, "/topic/conversations.abc"));
        assertRefused(citizen(StompCommand.SEND, "/queue/errors"));
        assertRefused(citizen(StompCommand.SEND, "/app/agent/reply"));
        assertRefused(citizen(StompCommand.SUBSCRIBE, "/topic/agents"));
        assertRefused(citizen(StompCommand.SUBSCRIBE, "/user/queue/agent.offers"));
    }

    @Test
    void anAnonymousClientOnAnotherEndpointMayDoNothing() {
        assertRefused(frame("agent", StompCommand.SUBSCRIBE, "/user/queue/agent.offers", null));
        assertRefused(frame("agent", StompCommand.SEND, "/app/agent/reply", null));
    }

    @Test
    void signedInStaffMayUseTheirOwnQueuesAndTheAgentApplicationOnly() {
        var agent = new UsernamePasswordAuthenticationToken(
                "agent", null, List.of(new SimpleGrantedAuthority("ROLE_AGENT")));
        assertAllowed(frame("agent", StompCommand.SUBSCRIBE, "/user/queue/agent.offers", agent));
        assertAllowed(frame("agent", StompCommand.SEND, "/app/agent/reply", agent));
        assertRefused(frame("agent", StompCommand.SEND, "/topic/conversations.abc", agent));
        assertRefused(frame("agent", StompCommand.SUBSCRIBE, "/topic/conversations.abc", agent));
    }

    @Test
    void framesOtherThanSubscribeAndSendPass() {
        assertAllowed(citizen(StompCommand.CONNECT, null));
        assertAllowed(citizen(StompCommand.DISCONNECT, null));
    }

    private void assertAllowed(Message<?> message) {
        assertThat(policy.preSend(message, null)).isSameAs(message);
    }

    private void assertRefused(Message<?> message) {
        assertThatThrownBy(() -> policy.preSend(message, null)).isInstanceOf(MessageDeliveryException.class);
    }

    private static Message<?> citizen(StompCommand command, String destination) {
        return frame(StompAccessPolicy.CITIZEN_ENDPOINT, command, destination, () -> "citizen-1");
    }

    private static Message<?> frame(
            String endpoint, StompCommand command, String destination, java.security.Principal user) {
        StompHeaderAccessor headers = StompHeaderAccessor.create(command);
        if (destination != null) {
            headers.setDestination(destination);
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(StompAccessPolicy.ENDPOINT_ATTRIBUTE, endpoint);
        headers.setSessionAttributes(attributes);
        headers.setUser(user);
        headers.setLeaveMutable(true);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }
}
