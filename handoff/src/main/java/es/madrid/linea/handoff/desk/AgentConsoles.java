package es.madrid.linea.handoff.desk;

import es.madrid.linea.handoff.packet.HandoffPacket;
import tools.jackson.databind.node.ObjectNode;

/**
 * Port: pushes to an agent's consoles (every console the agent has open). The STOMP adapter sends to the agent's own
 * user destinations; tests collect what would be sent.
 */
public interface AgentConsoles {

    /** The agent's desk changed: presence, offers, conversations, queues, callbacks. */
    void desk(String agent, AgentDeskView view);

    /** A new event of a conversation the agent holds (or just held), or a private note. */
    void event(String agent, ObjectNode event);

    /** The packet of a conversation the agent just took. */
    void packet(String agent, HandoffPacket packet);

    /** Something the agent should notice (a new offer, being set away), read aloud by screen readers. */
    void notice(String agent, Notice notice);

    /**
     * A short message for the agent.
     *
     * @param code stable, e.g. {@code offered}, {@code set_away}
     * @param conversationId the conversation it is about, or null
     */
    record Notice(String code, String text, String conversationId) {}
}
