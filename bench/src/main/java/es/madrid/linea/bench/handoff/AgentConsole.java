package es.madrid.linea.bench.handoff;

import es.madrid.linea.bench.stomp.StompInbox;
import es.madrid.linea.bench.stomp.StompSession;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The agent console's STOMP protocol as the handoff module documents it: commands to {@code /app/agent/...}, the
 * agent's desk on {@code /user/queue/agent.desk} (with the offers waiting for them), the handoff packet on
 * {@code /user/queue/agent.packet}. The one place the suite names those destinations.
 */
final class AgentConsole {

    static final String ENDPOINT = "/ws/agent";
    private static final String DESK = "/queue/agent.desk";
    private static final String PACKET = "/queue/agent.packet";

    private final StompSession session;
    private final StompInbox inbox;
    private final Duration wait;

    AgentConsole(StompSession session, StompInbox inbox, Duration wait) {
        this.session = session;
        this.inbox = inbox;
        this.wait = wait;
        session.subscribe("/user" + DESK);
        session.subscribe("/user" + PACKET);
        session.subscribe("/user/queue/errors");
    }

    void becomeAvailable() throws InterruptedException {
        command("presence", "presence", "available");
        inbox.await(DESK, desk -> "available".equals(desk.path("presence").asString("")), wait);
    }

    /** Waits until the conversation is offered to the agent; returns when the offer arrived. */
    long awaitOffer(String conversationId) throws InterruptedException {
        return inbox.await(DESK, desk -> offers(desk, conversationId), wait).nanos();
    }

    /** Accepts the offer and waits for the packet; returns when the packet arrived. */
    long acceptAndAwaitPacket(String conversationId) throws InterruptedException {
        command("accept", "conversationId", conversationId);
        return inbox.await(
                        PACKET,
                        packet -> conversationId.equals(
                                packet.path("conversationId").asString("")),
                        wait)
                .nanos();
    }

    /** Sends a reply; returns when it was sent. */
    long reply(String conversationId, String text) {
        long sent = System.nanoTime();
        session.send(
                "/app/agent/reply",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("conversationId", conversationId)
                        .put("text", text)
                        .toString());
        return sent;
    }

    void close(String conversationId) {
        session.send(
                "/app/agent/close",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("conversationId", conversationId)
                        .put("outcome", "solved")
                        .toString());
    }

    private void command(String name, String field, String value) {
        session.send(
                "/app/agent/" + name,
                JsonNodeFactory.instance.objectNode().put(field, value).toString());
    }

    private static boolean offers(JsonNode desk, String conversationId) {
        for (JsonNode offer : desk.path("offers")) {
            if (conversationId.equals(offer.path("conversationId").asString(""))) {
                return true;
            }
        }
        return false;
    }
}
