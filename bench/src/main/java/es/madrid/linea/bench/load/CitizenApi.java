package es.madrid.linea.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The citizen side of the conversations API ({@code /api/v1/conversations}), as the widget and integrations call it:
 * open a conversation, send a message.
 */
public final class CitizenApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI conversations;

    public CitizenApi(HttpClient http, URI base) {
        this.http = http;
        this.conversations = base.resolve("/api/v1/conversations");
    }

    /** A client with its own HTTP/1.1 connections to the service. */
    public static CitizenApi overLoopback(URI base) {
        return new CitizenApi(
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build(),
                base);
    }

    /** Opens a web conversation and returns its id. */
    public String open() throws IOException, InterruptedException {
        JsonNode created = post(conversations, "{\"channel\":\"web\"}", 201);
        return created.path("id").asString();
    }

    /** Sends a text message and returns the answer ({@code replies}, {@code status}). */
    public JsonNode send(String conversationId, String text, String messageId)
            throws IOException, InterruptedException {
        return post(URI.create(conversations + "/" + conversationId + "/messages"), body(text, messageId), 200);
    }

    /** Chooses one of the options the bot offered and returns the answer. */
    public JsonNode choose(String conversationId, String optionId, String messageId)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("payload", optionId);
        body.put("messageId", messageId);
        return post(URI.create(conversations + "/" + conversationId + "/messages"), body.toString(), 200);
    }

    /** The body of a text message, the same over HTTP and STOMP. */
    public static String body(String text, String messageId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("text", text);
        body.put("messageId", messageId);
        return body.toString();
    }

    private JsonNode post(URI uri, String json, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expectedStatus) {
            throw new IOException("POST " + uri.getPath() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
