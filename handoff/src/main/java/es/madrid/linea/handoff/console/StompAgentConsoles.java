package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.actions.ActionResult;
import es.madrid.linea.handoff.actions.ActionResults;
import es.madrid.linea.handoff.desk.AgentConsoles;
import es.madrid.linea.handoff.desk.AgentDeskView;
import es.madrid.linea.handoff.desk.DeskSnapshot;
import es.madrid.linea.handoff.packet.HandoffPacket;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pushes to the agent's own user destinations, which resolve to that agent's sessions only: no agent can receive
 * another's conversations, whatever they subscribe to. The live board (queues and agents) goes to connected supervisors
 * only.
 */
@Component
class StompAgentConsoles implements AgentConsoles, ActionResults {

    static final String DESK = "/queue/agent.desk";
    static final String EVENTS = "/queue/agent.events";
    static final String PACKETS = "/queue/agent.packet";
    static final String NOTICES = "/queue/agent.notices";
    static final String ACTIONS = "/queue/agent.actions";
    /** Supervisors only: {@code StompAccessPolicy} refuses agents' subscriptions to {@code /user/queue/supervisor.*}. */
    static final String BOARD = "/queue/supervisor.board";

    private final SimpMessagingTemplate broker;
    private final Supervisors supervisors;

    StompAgentConsoles(SimpMessagingTemplate broker, Supervisors supervisors) {
        this.broker = broker;
        this.supervisors = supervisors;
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

    @Override
    public void board(DeskSnapshot snapshot) {
        SupervisorBoard board = SupervisorBoard.of(snapshot, snapshot.at());
        for (String supervisor : supervisors.connected()) {
            broker.convertAndSendToUser(supervisor, BOARD, board);
        }
    }

    @Override
    public void tell(String agent, ActionResult result) {
        broker.convertAndSendToUser(agent, ACTIONS, result);
    }
}
