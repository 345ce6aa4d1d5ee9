package es.madrid.linea.channels.api;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.ConversationEvent.ConversationClosed;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.testing.ApiClient.Response;
import es.madrid.linea.testing.ApplicationIT;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The conversations API as other systems use it: the contract of API.md, and every kind of bad input. */
class ConversationApiIT extends ApplicationIT {

    @Autowired
    ConversationService conversations;

    @Test
    void aNewConversationHasAnIdTheBotStatusAndAGreeting() {
        Response created =
                api.post("/api/v1/conversations", "{\"channel\":\"web\",\"citizen\":{\"postcode\":\"28045\"}}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("id").asString()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(body.get("status").asString()).isEqualTo("bot");
        assertThat(body.get("replies").get(0).get("type").asString()).isEqualTo("text");
        assertThat(body.get("replies").get(0).get("text").asString()).startsWith("¡Hola!");
    }

    @Test
    void aMessageGetsRepliesAndTheConversationShowsItsOrderedEvents() {
        String id = api.startConversation();

        Response turn =
                api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"hola\",\"messageId\":\"m-1\"}");

        assertThat(turn.status()).isEqualTo(200);
        assertThat(turn.json().get("status").asString()).isEqualTo("bot");
        assertThat(turn.json().get("replies").isEmpty()).isFalse();
        JsonNode conversation = api.get("/api/v1/conversations/" + id).json();
        assertThat(conversation.get("id").asString()).isEqualTo(id);
        assertThat(conversation.get("channel").asString()).isEqualTo("web");
        assertThat(conversation.get("status").asString()).isEqualTo("bot");
        assertThat(conversation.get("slots").isObject()).isTrue();
        assertThat(conversation.get("alerts").isArray()).isTrue();
        assertThat(conversation.get("appointments").isArray()).isTrue();
        assertThat(conversation.get("handoff").isNull()).isTrue();
        List<JsonNode> events = conversation.get("events").valueStream().toList();
        assertThat(events).extracting(e -> e.get("seq").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(events).allSatisfy(e -> assertThat(e.has("at")).isTrue());
        JsonNode user = events.stream()
                .filter(e -> e.get("type").asString().equals("user"))
                .findFirst()
                .orElseThrow();
        assertThat(user.get("text").asString()).isEqualTo("hola");
        assertThat(events.get(events.size() - 1).get("type").asString()).isEqualTo("bot");
        assertThat(events.get(events.size() - 1).get("text").asString()).isNotBlank();
    }

    @Test
    void aRepeatedMessageIdGetsTheOriginalRepliesAndIsStoredOnce() {
        String id = api.startConversation();
        String message = "{\"text\":\"hola\",\"messageId\":\"same\"}";
        Response first = api.post("/api/v1/conversations/" + id + "/messages", message);

        Response again = api.post("/api/v1/conversations/" + id + "/messages", message);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("replies")).isEqualTo(first.json().get("replies"));
        long users = api.get("/api/v1/conversations/" + id)
                .json()
                .get("events")
                .valueStream()
                .filter(e -> e.get("type").asString().equals("user"))
                .count();
        assertThat(users).isEqualTo(1);
    }

    @Test
    void eventsAfterASequenceNumberAreWhatAReconnectingClientMissed() {
        String id = api.startConversation();
        long seen = api.get("/api/v1/conversations/" + id).json().get("events").size();
        api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"gracias\"}");

        JsonNode missed = api.get("/api/v1/conversations/" + id + "?afterSeq=" + seen)
                .json()
                .get("events");

        assertThat(missed.get(0).get("seq").asLong()).isEqualTo(seen + 1);
        assertThat(missed.get(0).get("type").asString()).isEqualTo("user");
    }

    @Test
    void anOptionPressAndASharedLocationAreMessagesToo() {
        String id = api.startConversation();

        assertThat(api.post("/api/v1/conversations/" + id + "/messages", "{\"payload\":\"menu:aviso\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/conversations/" + id + "/messages",
                                "{\"location\":{\"lat\":40.4168,\"lon\":-3.7038}}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void emptyBlankAndOversizedTextAreRefusedWithAClearErrorAndNothingIsStored() {
        String id = api.startConversation();
        long before = eventCount(id);

        assertError(api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"\"}"), 400, "empty_text");
        assertError(
                api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"  \\n\\t \"}"), 400, "empty_text");
        assertError(
                api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"" + "a".repeat(2001) + "\"}"),
                400,
                "text_too_long");
        assertThat(eventCount(id)).isEqualTo(before);
    }

    @Test
    void malformedJsonUnknownFieldsAndAmbiguousMessagesAreRefused() {
        String id = api.startConversation();
        String path = "/api/v1/conversations/" + id + "/messages";

        assertError(api.post(path, "{\"text\": "), 400, "malformed_json");
        assertError(api.post(path, "[1,2,3]"), 400, "malformed_json");
        assertError(api.post(path, "{\"text\":\"hola\",\"admin\":true}"), 400, "unknown_field");
        assertError(api.post(path, "{\"text\":\"hola\",\"payload\":\"menu:cita\"}"), 400, "invalid_message");
        assertError(api.post(path, "{}"), 400, "invalid_message");
        assertError(api.post(path, "{\"location\":{\"lat\":140,\"lon\":0}}"), 400, "invalid_request");
        assertError(
                api.post(path, "{\"text\":\"hola\",\"messageId\":\"" + "x".repeat(200) + "\"}"),
                400,
                "invalid_message_id");
        assertError(api.post("/api/v1/conversations", "{\"channel\":\"fax\"}"), 400, "invalid_request");
        assertError(api.post("/api/v1/conversations", "{\"citizen\":{\"postcode\":\"abc\"}}"), 400, "invalid_request");
    }

    @Test
    void binaryAndWrongContentTypesAreRefused() {
        String id = api.startConversation();
        String path = "/api/v1/conversations/" + id + "/messages";

        assertThat(api.post(path, "text/plain", "hola".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(415);
        Response binary = api.post(path, "application/json", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertThat(binary.status()).isEqualTo(400);
    }

    @Test
    void aHugeBodyIsRefusedBeforeItIsRead() {
        String id = api.startConversation();

        Response huge =
                api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"" + "a".repeat(200_000) + "\"}");

        assertError(huge, 413, "payload_too_large");
    }

    @Test
    void anUnknownConversationIsA404AndAClosedOneA409() {
        assertError(api.get("/api/v1/conversations/does-not-exist"), 404, "conversation_not_found");
        assertError(
                api.post("/api/v1/conversations/does-not-exist/messages", "{\"text\":\"hola\"}"),
                404,
                "conversation_not_found");

        String id = api.startConversation();
        conversations.record(id, List.of(new ConversationClosed("solved", "test")));
        assertError(
                api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"hola\"}"),
                409,
                "conversation_closed");
        assertThat(api.get("/api/v1/conversations/" + id).json().get("status").asString())
                .isEqualTo("closed");
    }

    @Test
    void hostileTextIsStoredAsTextAndAnswered() {
        String id = api.startConversation();
        String hostile = "'; DROP TABLE conversation; -- <script>alert(1)</script> *:* \\\"(((";

        Response turn = api.post(
                "/api/v1/conversations/" + id + "/messages",
                "{\"text\":" + es.madrid.linea.testing.ApiClient.json(hostile) + "}");

        assertThat(turn.status()).isEqualTo(200);
        JsonNode events = api.get("/api/v1/conversations/" + id).json().get("events");
        assertThat(events.valueStream().map(e -> e.path("text").asString(""))).contains(hostile);
    }

    @Test
    void operationsEndpointsAnswer() {
        assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        Response openApi = api.get("/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").has("/api/v1/conversations/{id}/messages"))
                .isTrue();
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/handoff/queues").status()).isEqualTo(401);
    }

    private long eventCount(String id) {
        return api.get("/api/v1/conversations/" + id).json().get("events").size();
    }

    private static void assertError(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("error").asString()).isEqualTo(code);
        assertThat(response.json().get("message").asString()).isNotBlank();
    }
}
