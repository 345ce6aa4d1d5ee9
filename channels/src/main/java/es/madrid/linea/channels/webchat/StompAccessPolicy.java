package es.madrid.linea.channels.webchat;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * What a STOMP client may subscribe to and send to, checked on every frame. Clients never send to broker destinations
 * ({@code /topic}, {@code /queue}) directly: only to {@code /app/...}, where the server decides. Citizens on
 * {@code /ws/chat} may subscribe only to conversation topics and their own error queue. Agents and supervisors on
 * {@code /ws/agent} (the handoff module's endpoint) may subscribe only to their own user queues ({@code
 * /user/queue/agent.*} and {@code /user/queue/errors}, which resolve to their sessions alone) and send only to
 * {@code /app/agent/...}: never to a citizen's conversation topic. Other endpoints add their rules through {@link
 * #addRule}.
 */
@Component
public class StompAccessPolicy implements ChannelInterceptor {

    public static final String ENDPOINT_ATTRIBUTE = "cibeles.endpoint";
    public static final String CITIZEN_ENDPOINT = "citizen";

    /** A decision about one SUBSCRIBE or SEND on one endpoint: allow, deny, or no opinion (null). */
    @FunctionalInterface
    public interface Rule {
        Boolean decide(String endpoint, StompCommand command, String destination, StompHeaderAccessor frame);
    }

    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    public StompAccessPolicy() {
        rules.add(StompAccessPolicy::citizenRule);
        rules.add(StompAccessPolicy::staffRule);
    }

    /** Registers the rules of another endpoint (e.g. the agent console). */
    public void addRule(Rule rule) {
        rules.add(rule);
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor frame = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (frame == null || frame.getCommand() == null) {
            return message;
        }
        StompCommand command = frame.getCommand();
        if (command != StompCommand.SUBSCRIBE && command != StompCommand.SEND) {
            return message;
        }
        String destination = frame.getDestination();
        if (destination == null || !allowed(endpointOf(frame), command, destination, frame)) {
            throw new MessageDeliveryException("destination not allowed: " + destination);
        }
        return message;
    }

    private boolean allowed(String endpoint, StompCommand command, String destination, StompHeaderAccessor frame) {
        if (command == StompCommand.SEND && !destination.startsWith("/app/")) {
            return false;
        }
        for (Rule rule : rules) {
            Boolean decision = rule.decide(endpoint, command, destination, frame);
            if (decision != null) {
                return decision;
            }
        }
        return false;
    }

    private static String endpointOf(StompHeaderAccessor frame) {
        Map<String, Object> attributes = frame.getSessionAttributes();
        Object endpoint = attributes == null ? null : attributes.get(ENDPOINT_ATTRIBUTE);
        return endpoint == null ? "" : endpoint.toString();
    }

    private static Boolean citizenRule(
            String endpoint, StompCommand command, String destination, StompHeaderAccessor frame) {
        if (!CITIZEN_ENDPOINT.equals(endpoint)) {
            return null;
        }
        if (command == StompCommand.SEND) {
            return destination.startsWith("/app/conversations/");
        }
        return destination.startsWith(WebChatPublisher.TOPIC_PREFIX) || destination.equals("/user/queue/errors");
    }

    /** Signed-in staff on any other endpoint: their own user queues only. */
    private static Boolean staffRule(
            String endpoint, StompCommand command, String destination, StompHeaderAccessor frame) {
        if (CITIZEN_ENDPOINT.equals(endpoint) || !isStaff(frame.getUser())) {
            return null;
        }
        if (command == StompCommand.SEND) {
            return destination.startsWith("/app/agent/");
        }
        return destination.startsWith("/user/queue/agent.") || destination.equals("/user/queue/errors");
    }

    private static boolean isStaff(Principal user) {
        return user instanceof Authentication authentication
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(role -> role.equals("ROLE_AGENT") || role.equals("ROLE_SUPERVISOR"));
    }
}
