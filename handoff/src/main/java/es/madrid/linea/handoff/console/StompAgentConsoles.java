package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.desk.AgentConsoles;
import es.madrid.linea.handoff.desk.AgentDeskView;
import es.madrid.linea.handoff.packet.HandoffPacket;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pushes to the agent's own user destinations, which resolve to that agent's sessions only: no agent can receive
 * another's conversations, whatever they subscribe to.
 */
@Component
class StompAgentConsoles implements AgentConsoles {

    static final String DESK = "/queue/agent.desk";
    static final String EVENTS = "/queue/agent.events";
    static final String PACKETS = "/queue/agent.packet";
    static final String NOTICES = "/queue/agent.notices";

    private final SimpMessagingTemplate broker;

    StompAgentConsoles(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    @Override
    public void desk(String agent, AgentDeskView view) {
        broker.convertAndSendToUser(agent, DESK, view);
    }

    @Override
    public void event(String agent, ObjectNode event) {
        broker.convertAndSendToUser(agent, EVENTS, event);
    }

    @Override
    public void packet(String agent, HandoffPacket packet) {
        broker.convertAndSendToUser(agent, PACKETS, packet);
    }

    @Override
    public void notice(String agent, Notice notice) {
        broker.convertAndSendToUser(agent, NOTICES, notice);
    }
}
