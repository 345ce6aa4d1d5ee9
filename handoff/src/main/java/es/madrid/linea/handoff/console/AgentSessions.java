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
 * least one of their consoles is connected. Supervisors' consoles are also noted, for the live queues.
 */
@Component
class AgentSessions {

    private final Switchboard switchboard;
    private final Supervisors supervisors;

    AgentSessions(Switchboard switchboard, Supervisors supervisors) {
        this.switchboard = switchboard;
        this.supervisors = supervisors;
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
        String session =
                SimpMessageHeaderAccessor.getSessionId(event.getMessage().getHeaders());
        StaffMember.of(event.getUser()).ifPresent(member -> {
            if (member.supervisor()) {
                supervisors.connected(session, member.name());
            }
            switchboard.connected(member.name(), session, member.supervisor());
        });
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        supervisors.disconnected(event.getSessionId());
        switchboard.disconnected(event.getSessionId());
    }
}
