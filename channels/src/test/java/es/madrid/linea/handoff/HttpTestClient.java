package es.madrid.linea.handoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the HTTP API as a citizen (no credentials) or as staff (HTTP Basic), and reads the JSON answers. */
public final class HttpTestClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpTestClient(int port) {
        this.port = port;
    }

    /** The answer's status and body. */
    public record Answer(int status, String body, HttpResponse<String> response) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Answer get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Opens a conversation as a citizen (optionally with a profile) and returns its id. */
    public String startConversation(String citizenJson) {
        String body =
                citizenJson == null ? "{\"channel\":\"web\"}" : "{\"channel\":\"web\",\"citizen\":" + citizenJson + "}";
        Answer answer = post("/api/v1/conversations", body);
        if (answer.status() != 201) {
            throw new AssertionError("could not start a conversation: " + answer.status() + " " + answer.body());
        }
        return answer.json().get("id").asString();
    }

    public Answer say(String conversationId, String messageJson) {
        return post("/api/v1/conversations/" + conversationId + "/messages", messageJson);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
