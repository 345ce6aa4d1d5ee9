package es.madrid.linea.handoff.desk;

import es.madrid.linea.handoff.packet.HandoffPacket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/** What the desk pushed to each agent's consoles, kept for the test to read. */
final class CollectingConsoles implements AgentConsoles {

    private final Map<String, List<AgentDeskView>> desks = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> events = new ConcurrentHashMap<>();
    private final Map<String, List<HandoffPacket>> packets = new ConcurrentHashMap<>();
    private final Map<String, List<Notice>> notices = new ConcurrentHashMap<>();

    @Override
    public void desk(String agent, AgentDeskView view) {
        desks.computeIfAbsent(agent, a -> new ArrayList<>()).add(view);
    }

    @Override
    public void event(String agent, ObjectNode event) {
        events.computeIfAbsent(agent, a -> new ArrayList<>()).add(event);
    }

    @Override
    public void packet(String agent, HandoffPacket packet) {
        packets.computeIfAbsent(agent, a -> new ArrayList<>()).add(packet);
    }

    @Override
    public void notice(String agent, Notice notice) {
        notices.computeIfAbsent(agent, a -> new ArrayList<>()).add(notice);
    }

    AgentDeskView lastDesk(String agent) {
        List<AgentDeskView> pushed = desks.getOrDefault(agent, List.of());
        return pushed.isEmpty() ? null : pushed.get(pushed.size() - 1);
    }

    List<ObjectNode> events(String agent) {
        return List.copyOf(events.getOrDefault(agent, List.of()));
    }

    List<HandoffPacket> packets(String agent) {
        return List.copyOf(packets.getOrDefault(agent, List.of()));
    }

    List<Notice> notices(String agent) {
        return List.copyOf(notices.getOrDefault(agent, List.of()));
    }
}
