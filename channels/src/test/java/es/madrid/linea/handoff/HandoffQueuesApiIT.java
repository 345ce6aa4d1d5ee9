package es.madrid.linea.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/handoff/queues} for agents and supervisors, and what the citizen reads of their place in the
 * queue; and the console's pages, which need a Spanish sign-in.
 */
class HandoffQueuesApiIT extends RunningApplication {

    private static final String DESK = "/user/queue/agent.desk";

    @Test
    void theQueuesAreForAgentsAndSupervisorsOnly() {
        HttpTestClient http = new HttpTestClient(port);

        HttpTestClient.Answer anonymous = http.get("/api/v1/handoff/queues", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asString()).isEqualTo("unauthorized");
        assertThat(http.get("/api/v1/handoff/queues", StompTestClient.basic("marta", "marta-secreta"))
                        .status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/handoff/queues", StompTestClient.basic("ana", "ana-secreta"))
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/handoff/queues", StompTestClient.basic("sara", "sara-secreta"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void waitingConversationsAreListedInOrderWithPriorityAndWaitingTimeAndTheCitizenKnowsTheirPlace() {
        HttpTestClient http = new HttpTestClient(port);
        try (StompTestClient luis = StompTestClient.agent(port, "luis", "luis-secreta")) {
            luis.subscribe(DESK);
            Subscriptions.awaitUser(registry, "luis", DESK);
            luis.send("/app/agent/presence", Map.of("presence", "busy"));
            luis.await(DESK, desk -> desk.get("presence").asString().equals("busy"));

            String juan = http.startConversation(null);
            http.say(juan, "{\"payload\":\"menu:persona\"}");
            String carmen = http.startConversation("{\"name\":\"Carmen\",\"birthYear\":1948}");
            http.say(carmen, "{\"payload\":\"menu:persona\"}");

            JsonNode general = awaitQueue(http, "general", 2);
            assertThat(general.get("waiting").findValuesAsString("conversationId"))
                    .containsExactly(carmen, juan);
            JsonNode first = general.get("waiting").get(0);
            assertThat(first.get("priority").asBoolean()).isTrue();
            assertThat(first.get("position").asInt()).isEqualTo(1);
            assertThat(first.get("reason").asString()).isEqualTo("citizen_asked");
            assertThat(first.get("waitingSeconds").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(first.has("estimatedWaitSeconds")).isTrue();
            assertThat(general.get("waiting").get(1).get("priority").asBoolean())
                    .isFalse();
            assertThat(general.get("attended").asBoolean()).isTrue();

            JsonNode juanHandoff =
                    http.get("/api/v1/conversations/" + juan, null).json().get("handoff");
            assertThat(juanHandoff.get("queue").asString()).isEqualTo("general");
            assertThat(juanHandoff.get("position").asInt()).isEqualTo(2);
            assertThat(juanHandoff.get("reason").asString()).isEqualTo("citizen_asked");
            assertThat(juanHandoff.get("priority").asBoolean()).isFalse();
            assertThat(http.get("/api/v1/conversations/" + carmen, null)
                            .json()
                            .get("handoff")
                            .get("priority")
                            .asBoolean())
                    .isTrue();

            for (String id : List.of(juan, carmen)) {
                assertThat(http.say(id, "{\"payload\":\"handoff:leave\"}").status())
                        .isEqualTo(200);
            }
            awaitQueue(http, "general", 0);
        }
    }

    @Test
    void theConsoleAsksStaffToSignInInSpanish() {
        HttpTestClient http = new HttpTestClient(port);

        HttpTestClient.Answer console = http.get("/console/", null);
        assertThat(console.status()).isEqualTo(302);
        assertThat(console.response().headers().firstValue("Location").orElse(""))
                .endsWith("/login");
        HttpTestClient.Answer signIn = http.get("/login", null);
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.body()).contains("lang=\"es\"", "Usuario", "Contraseña", "Entrar", "name=\"_csrf\"");
        assertThat(http.get("/login?error", null).body()).contains("Usuario o contraseña incorrectos");
        assertThat(http.get("/console/", StompTestClient.basic("ana", "ana-secreta"))
                        .body())
                .contains("Consola de agentes");
    }

    private static JsonNode awaitQueue(HttpTestClient http, String name, int waiting) {
        String basic = StompTestClient.basic("sara", "sara-secreta");
        long deadline = System.nanoTime() + StompTestClient.WAIT.toNanos();
        JsonNode queue = null;
        while (System.nanoTime() < deadline) {
            for (JsonNode candidate :
                    http.get("/api/v1/handoff/queues", basic).json().get("queues")) {
                if (candidate.get("name").asString().equals(name)) {
                    queue = candidate;
                }
            }
            if (queue != null && queue.get("waiting").size() == waiting) {
                return queue;
            }
        }
        throw new AssertionError("queue " + name + " never had " + waiting + " waiting: " + queue);
    }
}
