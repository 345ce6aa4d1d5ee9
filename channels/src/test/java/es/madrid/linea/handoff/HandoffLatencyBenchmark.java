package es.madrid.linea.handoff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Measures, through the real application and real STOMP clients, how fast a handoff reaches an agent and how fast
 * agents and citizens hear each other. Not a test (no assertion on time): run it with {@code bench/handoff-latency},
 * which prints the figures. Each round: a citizen on the web chat asks for a person, the agent accepts the offer as
 * soon as it arrives, they exchange one message each way, and the agent closes the conversation.
 */
class HandoffLatencyBenchmark extends RunningApplication {

    private static final String DESK = "/user/queue/agent.desk";
    private static final String EVENTS = "/user/queue/agent.events";
    private static final String PACKET = "/user/queue/agent.packet";

    @Test
    void measure() {
        int warmUp = Integer.getInteger("bench.warmup", 20);
        int rounds = Integer.getInteger("bench.handoffs", 200);
        HttpTestClient http = new HttpTestClient(port);
        List<Long> offer = new ArrayList<>();
        List<Long> packet = new ArrayList<>();
        List<Long> agentToCitizen = new ArrayList<>();
        List<Long> citizenToAgent = new ArrayList<>();
        try (StompTestClient agent = StompTestClient.agent(port, "ana", "ana-secreta");
                StompTestClient citizen = StompTestClient.citizen(port)) {
            for (String destination : List.of(DESK, EVENTS, PACKET)) {
                agent.subscribe(destination);
            }
            Subscriptions.awaitUser(registry, "ana", DESK);
            agent.send("/app/agent/presence", Map.of("presence", "available"));
            agent.await(DESK, desk -> desk.get("presence").asString().equals("available"));

            for (int round = 0; round < warmUp + rounds; round++) {
                String id = http.startConversation(null);
                String topic = "/topic/conversations." + id;
                citizen.subscribe(topic);
                Subscriptions.awaitDestination(registry, topic);

                long asked = System.nanoTime();
                citizen.send("/app/conversations/" + id + "/messages", Map.of("payload", "menu:persona"));
                agent.await(
                        DESK,
                        desk -> desk.get("offers")
                                .findValuesAsString("conversationId")
                                .contains(id));
                long offered = System.nanoTime();
                agent.send("/app/agent/accept", Map.of("conversationId", id));
                agent.await(PACKET, p -> p.get("conversationId").asString().equals(id));
                long delivered = System.nanoTime();

                String reply = "respuesta " + round;
                long replied = System.nanoTime();
                agent.send("/app/agent/reply", Map.of("conversationId", id, "text", reply));
                citizen.await(topic, event -> isText(event, "agent", reply));
                long heard = System.nanoTime();

                String question = "pregunta " + round;
                long asking = System.nanoTime();
                citizen.send("/app/conversations/" + id + "/messages", Map.of("text", question));
                agent.await(EVENTS, event -> isText(event, "user", question));
                long read = System.nanoTime();

                agent.send("/app/agent/close", Map.of("conversationId", id, "outcome", "solved"));
                agent.await(
                        DESK,
                        desk -> !desk.get("conversations")
                                .findValuesAsString("conversationId")
                                .contains(id));
                if (round >= warmUp) {
                    offer.add(offered - asked);
                    packet.add(delivered - asked);
                    agentToCitizen.add(heard - replied);
                    citizenToAgent.add(read - asking);
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH handoff latency: %d handoffs after %d warm-up, %d cores, Java %s%n",
                rounds,
                warmUp,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        print("handoff request -> offer on the agent's console", offer);
        print("handoff request -> packet at the agent (accepting at once)", packet);
        print("agent reply -> citizen's web chat", agentToCitizen);
        print("citizen message -> agent's console", citizenToAgent);
    }

    private static boolean isText(JsonNode event, String type, String text) {
        return type.equals(event.path("type").asString())
                && text.equals(event.path("text").asString());
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "BENCH   %-60s p50 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n",
                what,
                millis(percentile(sorted, 50)),
                millis(percentile(sorted, 99)),
                millis(sorted.get(sorted.size() - 1)));
    }

    private static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
