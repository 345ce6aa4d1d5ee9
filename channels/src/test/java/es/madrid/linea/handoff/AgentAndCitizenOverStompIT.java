package es.madrid.linea.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A citizen on the web chat and agents on the console, each a real STOMP client: the handoff, the packet the agent
 * receives, messages both ways in order, a transfer to another group, the return to the bot, and catching up after
 * a lost connection.
 */
class AgentAndCitizenOverStompIT extends RunningApplication {

    private static final String DESK = "/user/queue/agent.desk";
    private static final String EVENTS = "/user/queue/agent.events";
    private static final String PACKET = "/user/queue/agent.packet";

    @Test
    void aCitizenIsHandedToAnAgentTransferredToAnotherGroupAndReturnedToTheBot() {
        HttpTestClient http = new HttpTestClient(port);
        try (StompTestClient ana = agent("ana", "ana-secreta", "available");
                StompTestClient luis = agent("luis", "luis-secreta", "busy");
                StompTestClient citizen = StompTestClient.citizen(port)) {
            String id = http.startConversation("{\"name\":\"Carlos\",\"phone\":\"600123456\",\"postcode\":\"28012\"}");
            String topic = "/topic/conversations." + id;
            citizen.subscribe(topic);
            citizen.subscribe("/user/queue/errors");
            Subscriptions.awaitDestination(registry, topic);

            citizenSays(citizen, id, Map.of("text", "hola", "messageId", "m-1"));
            citizen.await(topic, event -> isType(event, "bot"));
            citizenSays(citizen, id, Map.of("text", "asdf qwerty zxcv", "messageId", "m-2"));
            citizen.await(topic, event -> isType(event, "bot"));
            citizenSays(citizen, id, Map.of("payload", "menu:persona", "messageId", "m-3"));

            citizen.await(topic, event -> isType(event, "handoff_requested"));
            JsonNode place = citizen.await(
                    topic,
                    event ->
                            isType(event, "bot") && event.get("text").asString().startsWith("Estás en la posición 1"));
            assertThat(place.get("status").asString()).isEqualTo("waiting_agent");
            ana.await(DESK, desk -> offers(desk).contains(id));

            ana.send("/app/agent/accept", Map.of("conversationId", id));
            JsonNode packet =
                    ana.await(PACKET, p -> p.get("conversationId").asString().equals(id));
            citizen.await(topic, event -> isType(event, "agent_joined"));

            assertThat(texts(packet.get("transcript")))
                    .containsSubsequence(
                            "hola", "asdf qwerty zxcv", "[Elige: Hablar con una persona]", "Se une a la conversación");
            assertThat(packet.get("understanding").get(0).get("intent").asString())
                    .isEqualTo("greet");
            assertThat(packet.get("understanding").get(0).get("confidence").asDouble())
                    .isEqualTo(storedConfidenceOfFirstMessage(http, id));
            assertThat(packet.get("failedAttempts").get(0).get("kind").asString())
                    .isEqualTo("not_understood");
            assertThat(packet.get("handoff").get("reason").asString()).isEqualTo("citizen_asked");
            assertThat(packet.get("handoff").get("queue").asString()).isEqualTo("general");
            assertThat(packet.get("citizen").get("name").asString()).isEqualTo("Carlos");
            assertThat(packet.get("citizen").get("phone").asString()).isEqualTo("600123456");
            assertThat(packet.get("channel").asString()).isEqualTo("web");
            assertThat(packet.get("slots").has("misunderstood_turns")).isFalse();

            for (int i = 1; i <= 3; i++) {
                citizenSays(citizen, id, Map.of("text", "mensaje " + i, "messageId", "c-" + i));
                ana.send("/app/agent/reply", Map.of("conversationId", id, "text", "respuesta " + i));
            }
            List<JsonNode> citizenSaw = collect(citizen, topic, "agent", 3);
            List<JsonNode> anaSaw = collect(ana, EVENTS, "user", 3);
            assertThat(texts(citizenSaw)).containsExactly("respuesta 1", "respuesta 2", "respuesta 3");
            assertThat(texts(anaSaw)).containsExactly("mensaje 1", "mensaje 2", "mensaje 3");
            assertThat(seqs(citizenSaw)).isSorted();
            assertThat(seqs(anaSaw)).isSorted();

            luis.send("/app/agent/presence", Map.of("presence", "available"));
            luis.await(DESK, desk -> desk.get("presence").asString().equals("available"));
            ana.send("/app/agent/transfer", Map.of("conversationId", id, "queue", "tributos"));
            citizen.await(
                    topic,
                    event ->
                            isType(event, "bot") && event.get("text").asString().contains("(Tributos y multas)"));
            ana.await(
                    EVENTS,
                    event -> isType(event, "handoff_requested")
                            && event.get("queue").asString().equals("tributos"));
            ana.await(DESK, desk -> desk.get("conversations").isEmpty());
            luis.await(DESK, desk -> offers(desk).contains(id));
            luis.send("/app/agent/accept", Map.of("conversationId", id));
            JsonNode luisPacket =
                    luis.await(PACKET, p -> p.get("conversationId").asString().equals(id));
            assertThat(texts(luisPacket.get("transcript"))).contains("respuesta 3");
            assertThat(luisPacket.get("handoffs").findValuesAsString("reason"))
                    .containsExactly("citizen_asked", "transfer");

            luis.send("/app/agent/resume", Map.of("conversationId", id));
            citizen.await(topic, event -> isType(event, "resumed"));
            JsonNode back = citizen.await(topic, event -> isType(event, "bot"));
            assertThat(back.get("status").asString()).isEqualTo("bot");
            citizenSays(citizen, id, Map.of("text", "gracias", "messageId", "m-4"));
            JsonNode botAgain = citizen.await(topic, event -> isType(event, "bot"));
            assertThat(botAgain.get("text").asString()).isEqualTo("¡De nada! Aquí estoy para lo que necesites.");
        }
    }

    @Test
    void anAgentAndACitizenWhoLostTheirConnectionCatchUpFromTheLog() {
        HttpTestClient http = new HttpTestClient(port);
        String id = http.startConversation(null);
        long packetSeq;
        try (StompTestClient ana = agent("ana", "ana-secreta", "available")) {
            http.say(id, "{\"payload\":\"menu:persona\"}");
            ana.await(DESK, desk -> offers(desk).contains(id));
            assertThat(positionOf(http, id)).isEqualTo(1);
            ana.send("/app/agent/accept", Map.of("conversationId", id));
            packetSeq = ana.await(
                            PACKET, p -> p.get("conversationId").asString().equals(id))
                    .get("lastSeq")
                    .asLong();
        }

        http.say(id, "{\"text\":\"¿sigue usted ahí?\"}");

        try (StompTestClient ana = agent("ana", "ana-secreta", "available")) {
            String basic = StompTestClient.basic("ana", "ana-secreta");
            JsonNode desk = http.get("/api/v1/handoff/desk", basic).json().get("desk");
            assertThat(desk.get("conversations").findValuesAsString("conversationId"))
                    .contains(id);
            JsonNode missed = http.get("/api/v1/handoff/conversations/" + id + "/events?afterSeq=" + packetSeq, basic)
                    .json();
            assertThat(texts(missed)).contains("¿sigue usted ahí?");

            long citizenSeen =
                    lastSeq(http.get("/api/v1/conversations/" + id, null).json());
            ana.send("/app/agent/reply", Map.of("conversationId", id, "text", "Sí, aquí sigo."));
            ana.await(EVENTS, event -> isType(event, "agent"));
            JsonNode caughtUp = http.get("/api/v1/conversations/" + id + "?afterSeq=" + citizenSeen, null)
                    .json();
            assertThat(texts(caughtUp.get("events"))).containsExactly("Sí, aquí sigo.");

            ana.send("/app/agent/close", Map.of("conversationId", id, "outcome", "solved"));
            ana.await(
                    DESK,
                    d -> !d.get("conversations")
                            .findValuesAsString("conversationId")
                            .contains(id));
        }
        assertThat(http.get("/api/v1/conversations/" + id, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("closed");
    }

    private StompTestClient agent(String name, String password, String presence) {
        StompTestClient agent = StompTestClient.agent(port, name, password);
        for (String destination : List.of(DESK, EVENTS, PACKET, "/user/queue/agent.notices", "/user/queue/errors")) {
            agent.subscribe(destination);
        }
        Subscriptions.awaitUser(registry, name, DESK);
        agent.send("/app/agent/presence", Map.of("presence", presence));
        agent.await(DESK, desk -> desk.get("presence").asString().equals(presence));
        return agent;
    }

    private static void citizenSays(StompTestClient citizen, String id, Map<String, String> message) {
        citizen.send("/app/conversations/" + id + "/messages", message);
    }

    private static int positionOf(HttpTestClient http, String id) {
        long deadline = System.nanoTime() + StompTestClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode handoff =
                    http.get("/api/v1/conversations/" + id, null).json().get("handoff");
            if (handoff != null && handoff.hasNonNull("position")) {
                return handoff.get("position").asInt();
            }
        }
        throw new AssertionError("the conversation was never given a position");
    }

    private static List<JsonNode> collect(StompTestClient client, String destination, String type, int count) {
        List<JsonNode> found = new ArrayList<>();
        while (found.size() < count) {
            found.add(client.await(destination, event -> isType(event, type)));
        }
        return found;
    }

    private static boolean isType(JsonNode event, String type) {
        return event.has("type") && event.get("type").asString().equals(type);
    }

    private static List<String> offers(JsonNode desk) {
        return desk.get("offers").findValuesAsString("conversationId");
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> {
            if (node.hasNonNull("text")) {
                texts.add(node.get("text").asString());
            }
        });
        return texts;
    }

    private static List<Long> seqs(List<JsonNode> events) {
        return events.stream().map(e -> e.get("seq").asLong()).toList();
    }

    private static long lastSeq(JsonNode conversation) {
        JsonNode events = conversation.get("events");
        return events.get(events.size() - 1).get("seq").asLong();
    }

    /** The confidence the log recorded for the citizen's first message: the packet must show exactly that. */
    private static double storedConfidenceOfFirstMessage(HttpTestClient http, String id) {
        JsonNode events = http.get("/api/v1/conversations/" + id, null).json().get("events");
        return events.valueStream()
                .filter(event -> isType(event, "user"))
                .findFirst()
                .orElseThrow()
                .get("understanding")
                .get("intent")
                .get("confidence")
                .asDouble();
    }
}
