package es.madrid.linea.channels.webchat;

import static es.madrid.linea.testing.StompTestClient.next;
import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.testing.ApplicationIT;
import es.madrid.linea.testing.StompTestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The web chat's STOMP endpoint with a real STOMP client: same conversation model as the HTTP API. */
class WebChatStompIT extends ApplicationIT {

    private String url() {
        return "ws://localhost:" + port + "/ws/chat";
    }

    @Test
    void aMessageSentOverStompIsAnsweredOnTheConversationTopicInOrder() throws Exception {
        String id = api.startConversation();
        try (StompTestClient citizen = StompTestClient.connect(url())) {
            BlockingQueue<JsonNode> events = citizen.subscribe("/topic/conversations." + id);
            Thread.sleep(200); // let the SUBSCRIBE frame reach the broker before sending

            citizen.send("/app/conversations/" + id + "/messages", "{\"text\":\"hola\",\"messageId\":\"w-1\"}");

            JsonNode user = next(events);
            assertThat(user.get("type").asString()).isEqualTo("user");
            assertThat(user.get("text").asString()).isEqualTo("hola");
            assertThat(user.get("conversationId").asString()).isEqualTo(id);
            assertThat(user.has("understanding")).isFalse();
            JsonNode bot = next(events);
            assertThat(bot.get("type").asString()).isEqualTo("bot");
            assertThat(bot.get("text").asString()).startsWith("¡Hola!");
            assertThat(bot.get("seq").asLong()).isEqualTo(user.get("seq").asLong() + 1);
        }
        JsonNode stored = api.get("/api/v1/conversations/" + id).json().get("events");
        assertThat(stored.valueStream().filter(e -> e.get("type").asString().equals("user")))
                .hasSize(1);
    }

    @Test
    void aRefusedMessageIsExplainedToThatClientOnly() throws Exception {
        String id = api.startConversation();
        try (StompTestClient citizen = StompTestClient.connect(url())) {
            BlockingQueue<JsonNode> errors = citizen.subscribe("/user/queue/errors");
            Thread.sleep(200);

            citizen.send("/app/conversations/" + id + "/messages", "{\"text\":\"   \"}");

            JsonNode error = next(errors);
            assertThat(error.get("error").asString()).isEqualTo("empty_text");
            assertThat(error.get("message").asString()).contains("vacío");
        }
    }

    @Test
    void aMessageSentStraightToTheBrokerNeverReachesTheConversation() throws Exception {
        String id = api.startConversation();
        try (StompTestClient listener = StompTestClient.connect(url())) {
            BlockingQueue<JsonNode> events = listener.subscribe("/topic/conversations." + id);
            Thread.sleep(200);

            try (StompTestClient forger = StompTestClient.connect(url())) {
                forger.send("/topic/conversations." + id, "{\"type\":\"bot\",\"text\":\"forged\"}");
                forger.send("/queue/errors", "{\"error\":\"forged\"}");
                Thread.sleep(500);
            }

            assertThat(events.poll(500, TimeUnit.MILLISECONDS)).isNull();
            assertThat(api.get("/api/v1/conversations/" + id)
                            .json()
                            .get("events")
                            .valueStream()
                            .map(e -> e.path("text").asString("")))
                    .doesNotContain("forged");
        }
    }

    @Test
    void twoConversationsDoNotSeeEachOther() throws Exception {
        String mine = api.startConversation();
        String theirs = api.startConversation();
        try (StompTestClient citizen = StompTestClient.connect(url())) {
            BlockingQueue<JsonNode> events = citizen.subscribe("/topic/conversations." + mine);
            Thread.sleep(200);

            api.post("/api/v1/conversations/" + theirs + "/messages", "{\"text\":\"hola\"}");
            api.post("/api/v1/conversations/" + mine + "/messages", "{\"text\":\"gracias\"}");

            List<String> ids = new ArrayList<>();
            ids.add(next(events).get("conversationId").asString());
            ids.add(next(events).get("conversationId").asString());
            assertThat(ids).containsOnly(mine);
        }
    }

    @Test
    void aWildcardSubscriptionHearsNobodysConversation() throws Exception {
        String theirs = api.startConversation();
        try (StompTestClient nosy = StompTestClient.connect(url())) {
            BlockingQueue<JsonNode> everything = nosy.subscribe("/topic/conversations.*");
            BlockingQueue<JsonNode> all = nosy.subscribe("/topic/**");
            Thread.sleep(200);

            api.post("/api/v1/conversations/" + theirs + "/messages", "{\"text\":\"mi DNI es 12345678Z\"}");

            assertThat(everything.poll(1, TimeUnit.SECONDS)).isNull();
            assertThat(all.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }
}
