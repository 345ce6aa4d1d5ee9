package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.desk.Switchboard;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Tells the desk when an agent's console connects and disconnects: an agent is offered conversations only while at
 * least one of their consoles is connected.
 */
@Component
class AgentSessions {

    private final Switchboard switchboard;

    AgentSessions(Switchboard switchboard) {
        this.switchboard = switchboard;
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        Message<?> connect =
                (Message<?>) event.getMessage().getHeaders().get(SimpMessageHeaderAccessor.CONNECT_MESSAGE_HEADER);
        Map<String, Object> attributes =
                connect == null ? null : SimpMessageHeaderAccessor.getSessionAttributes(connect.getHeaders());
        if (attributes == null || !attributes.containsKey(AgentHandshake.AGENT_ATTRIBUTE)) {
            return;
        }
        StaffMember.of(event.getUser())
                .ifPresent(member -> switchboard.connected(
                        member.name(),
                        SimpMessageHeaderAccessor.getSessionId(
                                event.getMessage().getHeaders())));
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        switchboard.disconnected(event.getSessionId());
    }
}
