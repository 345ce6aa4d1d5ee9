package es.madrid.linea.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.WebSocketHttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Who may use the agent socket and what they may reach: only signed-in staff connect, from the console's own origin;
 * an agent reaches only their own conversations; nobody sends to the broker's destinations directly. The server
 * handles a session's frames in order, so a refused frame after the first is dropped without an ERROR frame: the
 * tests check what matters, that nothing refused is delivered.
 */
class AgentSocketAuthorizationIT extends RunningApplication {

    private static final String DESK = "/user/queue/agent.desk";
    private static final String EVENTS = "/user/queue/agent.events";

    private HttpTestClient http;
    private StompTestClient luis;
    private String luisConversation;

    @BeforeEach
    void luisHoldsAConversation() {
        http = new HttpTestClient(port);
        luis = StompTestClient.agent(port, "luis", "luis-secreta");
        luis.subscribe(DESK);
        luis.subscribe(EVENTS);
        luis.subscribe("/user/queue/agent.packet");
        Subscriptions.awaitUser(registry, "luis", DESK);
        luis.send("/app/agent/presence", Map.of("presence", "available"));
        luis.await(DESK, desk -> desk.get("presence").asString().equals("available"));
        luisConversation = http.startConversation(null);
        http.say(luisConversation, "{\"payload\":\"menu:persona\"}");
        luis.await(
                DESK,
                desk -> desk.get("offers").findValuesAsString("conversationId").contains(luisConversation));
        luis.send("/app/agent/accept", Map.of("conversationId", luisConversation));
        luis.await(
                "/user/queue/agent.packet",
                p -> p.get("conversationId").asString().equals(luisConversation));
    }

    @AfterEach
    void luisClosesIt() {
        luis.send("/app/agent/close", Map.of("conversationId", luisConversation, "outcome", "solved"));
        luis.await(DESK, desk -> desk.get("conversations").isEmpty());
        luis.close();
    }

    @Test
    void anAnonymousClientCannotConnectToTheAgentEndpoint() {
        assertThatThrownBy(() -> StompTestClient.connect(agentEndpoint(), new WebSocketHttpHeaders()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWrongPasswordOrAnEditorsAccountCannotConnectEither() {
        assertThatThrownBy(() -> StompTestClient.agent(port, "ana", "no-es-esta"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StompTestClient.agent(port, "marta", "marta-secreta"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConnectionFromAnotherSiteIsRefusedEvenWithAnAgentsCredentials() {
        WebSocketHttpHeaders foreign = agentHeaders();
        foreign.setOrigin("https://phishing.example");
        assertThatThrownBy(() -> StompTestClient.connect(agentEndpoint(), foreign))
                .isInstanceOf(IllegalStateException.class);

        WebSocketHttpHeaders sameOrigin = agentHeaders();
        sameOrigin.setOrigin("http://localhost:" + port);
        try (StompTestClient ana = StompTestClient.connect(agentEndpoint(), sameOrigin)) {
            assertThat(ana.connected()).isTrue();
        }
    }

    @Test
    void anAgentCannotSubscribeToAnotherAgentsConversation() {
        for (String destination : List.of(
                "/topic/conversations." + luisConversation,
                "/user/luis/queue/agent.events",
                "/queue/agent.events",
                "/topic/agent.events")) {
            try (StompTestClient ana = StompTestClient.agent(port, "ana", "ana-secreta")) {
                ana.subscribe(destination);
                pause();

                http.say(luisConversation, "{\"text\":\"esto es solo para Luis\"}");
                luis.await(EVENTS, event -> event.path("text").asString().equals("esto es solo para Luis"));
                pause();

                assertThat(ana.drain(destination))
                        .as("what reached ana on " + destination)
                        .isEmpty();
            }
        }
    }

    @Test
    void anAgentCannotWriteInOrReadAnotherAgentsConversation() {
        try (StompTestClient ana = StompTestClient.agent(port, "ana", "ana-secreta")) {
            ana.subscribe("/user/queue/errors");
            Subscriptions.awaitUser(registry, "ana", "/user/queue/errors");
            ana.send("/app/agent/reply", Map.of("conversationId", luisConversation, "text", "hola"));
            JsonNode error = ana.await("/user/queue/errors", e -> true);
            assertThat(error.get("error").asString()).isEqualTo("not_yours");
        }
        String ana = StompTestClient.basic("ana", "ana-secreta");
        assertThat(http.get("/api/v1/handoff/conversations/" + luisConversation + "/packet", ana)
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/handoff/conversations/" + luisConversation + "/events", ana)
                        .status())
                .isEqualTo(403);
        String supervisor = StompTestClient.basic("sara", "sara-secreta");
        assertThat(http.get("/api/v1/handoff/conversations/" + luisConversation + "/packet", supervisor)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void nobodySendsToBrokerDestinationsDirectly() {
        String topic = "/topic/conversations." + luisConversation;
        try (StompTestClient citizen = StompTestClient.citizen(port);
                StompTestClient ana = StompTestClient.agent(port, "ana", "ana-secreta")) {
            citizen.subscribe(topic);
            Subscriptions.awaitDestination(registry, topic);

            ana.send(topic, Map.of("type", "agent", "text", "mensaje falso"));
            citizen.send("/app/agent/reply", Map.of("conversationId", luisConversation, "text", "soy agente"));
            pause();

            assertThat(citizen.drain(topic)).isEmpty();
            assertThat(http.get("/api/v1/conversations/" + luisConversation, null)
                            .body())
                    .doesNotContain("mensaje falso")
                    .doesNotContain("soy agente");
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

    private URI agentEndpoint() {
        return URI.create("ws://localhost:" + port + "/ws/agent");
    }

    private static WebSocketHttpHeaders agentHeaders() {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("Authorization", StompTestClient.basic("ana", "ana-secreta"));
        return headers;
    }
}
