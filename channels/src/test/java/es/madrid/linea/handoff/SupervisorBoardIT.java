package es.madrid.linea.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A supervisor watches the queues and the agents live over STOMP and moves a conversation from one agent to
 * another; agents can neither watch the board nor reassign.
 */
class SupervisorBoardIT extends RunningApplication {

    @Autowired
    private SimpMessagingTemplate broker;

    private static final String DESK = "/user/queue/agent.desk";
    private static final String PACKET = "/user/queue/agent.packet";
    private static final String BOARD = "/user/queue/supervisor.board";
    private static final String ERRORS = "/user/queue/errors";

    @Test
    void aSupervisorSeesQueuesAndAgentsLiveAndReassignsAConversation() {
        HttpTestClient http = new HttpTestClient(port);
        try (StompTestClient sara = StompTestClient.agent(port, "sara", "sara-secreta");
                StompTestClient ana = agent("ana", "ana-secreta");
                StompTestClient luis = agent("luis", "luis-secreta")) {
            sara.subscribe(BOARD);
            sara.subscribe(DESK);
            Subscriptions.awaitUser(registry, "sara", BOARD);
            // A supervisor starts away; said again in case an earlier test of this application made her available.
            sara.send("/app/agent/presence", Map.of("presence", "away"));
            sara.await(DESK, desk -> desk.get("presence").asString().equals("away"));
            ana.send("/app/agent/presence", Map.of("presence", "busy"));
            luis.send("/app/agent/presence", Map.of("presence", "busy"));
            sara.await(
                    BOARD,
                    board -> presenceOf(board, "ana").equals("busy")
                            && presenceOf(board, "luis").equals("busy"));

            String id = http.startConversation(null);
            http.say(id, "{\"payload\":\"menu:persona\"}");

            JsonNode waiting = sara.await(BOARD, board -> waitingIn(board, id) != null);
            JsonNode entry = waitingIn(waiting, id);
            assertThat(entry.get("position").asInt()).isEqualTo(1);
            assertThat(entry.get("reason").asString()).isEqualTo("citizen_asked");
            assertThat(entry.get("offeredTo").isNull()).isTrue();
            assertThat(entry.has("estimatedWaitSeconds")).isTrue();
            JsonNode anaOnBoard = agentOn(waiting, "ana");
            assertThat(anaOnBoard.get("connected").asBoolean()).isTrue();
            assertThat(anaOnBoard.get("capacity").asInt()).isEqualTo(3);

            ana.send("/app/agent/presence", Map.of("presence", "available"));
            sara.await(BOARD, board -> offeredTo(board, id, "ana"));
            luis.send("/app/agent/presence", Map.of("presence", "available"));
            sara.await(BOARD, board -> presenceOf(board, "luis").equals("available"));

            sara.send("/app/agent/reassign", Map.of("conversationId", id, "agent", "luis"));

            luis.await(
                    DESK,
                    desk -> desk.get("offers")
                            .findValuesAsString("conversationId")
                            .contains(id));
            sara.await(BOARD, board -> offeredTo(board, id, "luis"));
            luis.send("/app/agent/accept", Map.of("conversationId", id));
            luis.await(PACKET, packet -> packet.get("conversationId").asString().equals(id));
            JsonNode held = sara.await(BOARD, board -> holds(board, "luis", id));
            assertThat(agentOn(held, "luis").get("load").asInt()).isGreaterThanOrEqualTo(1);

            sara.send("/app/agent/reassign", Map.of("conversationId", id, "agent", "ana"));

            ana.await(
                    DESK,
                    desk -> desk.get("offers")
                            .findValuesAsString("conversationId")
                            .contains(id));
            sara.await(BOARD, board -> !holds(board, "luis", id) && offeredTo(board, id, "ana"));
            ana.send("/app/agent/accept", Map.of("conversationId", id));
            ana.await(PACKET, packet -> packet.get("conversationId").asString().equals(id));
            assertThat(http.get(
                                    "/api/v1/handoff/conversations/" + id + "/events",
                                    StompTestClient.basic("sara", "sara-secreta"))
                            .body())
                    .contains("supervisor_reassigned");
            ana.send("/app/agent/close", Map.of("conversationId", id, "outcome", "solved"));
            sara.await(BOARD, board -> !holds(board, "ana", id));

            HttpTestClient.Answer snapshot =
                    http.get("/api/v1/handoff/supervision", StompTestClient.basic("sara", "sara-secreta"));
            assertThat(snapshot.status()).isEqualTo(200);
            assertThat(snapshot.json().get("agents").findValuesAsString("name")).contains("ana", "luis");
            assertThat(snapshot.json().get("queues").findValuesAsString("name")).contains("general");
        }
    }

    @Test
    void anAgentCannotWatchTheBoardNorReassign() {
        HttpTestClient http = new HttpTestClient(port);
        assertThat(http.get("/api/v1/handoff/supervision", StompTestClient.basic("ana", "ana-secreta"))
                        .status())
                .isEqualTo(403);
        try (StompTestClient ana = StompTestClient.agent(port, "ana", "ana-secreta");
                StompTestClient sara = StompTestClient.agent(port, "sara", "sara-secreta")) {
            sara.subscribe(BOARD);
            Subscriptions.awaitUser(registry, "sara", BOARD);
            ana.subscribe(ERRORS);
            Subscriptions.awaitUser(registry, "ana", ERRORS);
            String id = http.startConversation(null);
            http.say(id, "{\"text\":\"hola\"}");
            ana.send("/app/agent/reassign", Map.of("conversationId", id, "queue", "tributos"));
            assertThat(ana.await(ERRORS, e -> true).get("error").asString()).isEqualTo("forbidden");

            // The access policy refuses the subscription before the broker sees it (the server logs the refusal and
            // sends no ERROR frame): even a board pushed to ana by mistake would not reach her, while sara gets it.
            ana.subscribe(BOARD);
            pause();
            broker.convertAndSendToUser("ana", "/queue/supervisor.board", Map.of("probe", "ana"));
            broker.convertAndSendToUser("sara", "/queue/supervisor.board", Map.of("probe", "sara"));
            sara.await(BOARD, board -> board.path("probe").asString("").equals("sara"));
            http.say(id, "{\"payload\":\"menu:persona\"}");
            sara.await(BOARD, board -> waitingIn(board, id) != null);
            pause();
            assertThat(ana.drain(BOARD)).isEmpty();
            http.say(id, "{\"payload\":\"handoff:leave\"}");
        }
    }

    /** Time for the server to handle what was sent: a refusal is only visible as the absence of a delivery. */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private StompTestClient agent(String name, String password) {
        StompTestClient client = StompTestClient.agent(port, name, password);
        client.subscribe(DESK);
        client.subscribe(PACKET);
        Subscriptions.awaitUser(registry, name, PACKET);
        return client;
    }

    private static JsonNode waitingIn(JsonNode board, String id) {
        for (JsonNode queue : board.get("queues")) {
            for (JsonNode waiting : queue.get("waiting")) {
                if (waiting.get("conversationId").asString().equals(id)) {
                    return waiting;
                }
            }
        }
        return null;
    }

    private static boolean offeredTo(JsonNode board, String id, String agent) {
        JsonNode entry = waitingIn(board, id);
        return entry != null && agent.equals(entry.path("offeredTo").asString(null));
    }

    private static JsonNode agentOn(JsonNode board, String name) {
        return find(board.get("agents"), a -> a.get("name").asString().equals(name));
    }

    private static String presenceOf(JsonNode board, String name) {
        JsonNode agent = agentOn(board, name);
        return agent == null ? "" : agent.get("presence").asString();
    }

    private static boolean holds(JsonNode board, String name, String id) {
        JsonNode agent = agentOn(board, name);
        return agent != null && agent.get("conversations").toString().contains(id);
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> matching) {
        for (JsonNode node : array) {
            if (matching.test(node)) {
                return node;
            }
        }
        return null;
    }
}
