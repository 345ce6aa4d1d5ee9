package es.madrid.linea.channels.webchat;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class StompAccessPolicyTest {

    private final StompAccessPolicy policy = new StompAccessPolicy();
    private final Principal ana = UsernamePasswordAuthenticationToken.authenticated(
            "ana", null, AuthorityUtils.createAuthorityList("ROLE_AGENT"));
    private final Principal editor = UsernamePasswordAuthenticationToken.authenticated(
            "marta", null, AuthorityUtils.createAuthorityList("ROLE_EDITOR"));
    private final Principal citizen = () -> "citizen-1234";

    @Test
    void anAgentSubscribesOnlyToTheirOwnUserQueues() {
        allowed(ana, "", StompCommand.SUBSCRIBE, "/user/queue/agent.desk");
        allowed(ana, "", StompCommand.SUBSCRIBE, "/user/queue/agent.events");
        allowed(ana, "", StompCommand.SUBSCRIBE, "/user/queue/errors");
        refused(ana, "", StompCommand.SUBSCRIBE, "/topic/conversations.abc");
        refused(ana, "", StompCommand.SUBSCRIBE, "/user/luis/queue/agent.events");
        refused(ana, "", StompCommand.SUBSCRIBE, "/queue/agent.events-user123");
        refused(ana, "", StompCommand.SUBSCRIBE, "/user/queue/other");
    }

    @Test
    void anAgentSendsOnlyCommandsToTheAgentApplication() {
        allowed(ana, "", StompCommand.SEND, "/app/agent/reply");
        refused(ana, "", StompCommand.SEND, "/app/conversations/abc/messages");
        refused(ana, "", StompCommand.SEND, "/topic/conversations.abc");
        refused(ana, "", StompCommand.SEND, "/queue/agent.desk");
    }

    @Test
    void someoneWhoIsNotAnAgentOrSupervisorGetsNothingFromTheAgentEndpoint() {
        refused(editor, "", StompCommand.SUBSCRIBE, "/user/queue/agent.desk");
        refused(citizen, "", StompCommand.SUBSCRIBE, "/user/queue/agent.desk");
        refused(null, "", StompCommand.SEND, "/app/agent/reply");
    }

    @Test
    void onTheWebChatEvenASignedInAgentIsACitizen() {
        allowed(ana, StompAccessPolicy.CITIZEN_ENDPOINT, StompCommand.SUBSCRIBE, "/topic/conversations.abc");
        refused(ana, StompAccessPolicy.CITIZEN_ENDPOINT, StompCommand.SUBSCRIBE, "/user/queue/agent.desk");
        refused(citizen, StompAccessPolicy.CITIZEN_ENDPOINT, StompCommand.SEND, "/app/agent/reply");
    }

    private void allowed(Principal user, String endpoint, StompCommand command, String destination) {
        assertThatCode(() -> policy.preSend(frame(user, endpoint, command, destination), null))
                .doesNotThrowAnyException();
    }

    private void refused(Principal user, String endpoint, StompCommand command, String destination) {
        assertThatThrownBy(() -> policy.preSend(frame(user, endpoint, command, destination), null))
                .isInstanceOf(MessageDeliveryException.class);
    }

    private static Message<byte[]> frame(Principal user, String endpoint, StompCommand command, String destination) {
        StompHeaderAccessor frame = StompHeaderAccessor.create(command);
        frame.setDestination(destination);
        frame.setUser(user);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(StompAccessPolicy.ENDPOINT_ATTRIBUTE, endpoint);
        frame.setSessionAttributes(attributes);
        return MessageBuilder.createMessage(new byte[0], frame.getMessageHeaders());
    }
}
