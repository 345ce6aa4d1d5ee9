package es.madrid.linea.channels.whatsapp.outbound;

import es.madrid.linea.channels.whatsapp.JsonFields;
import es.madrid.linea.channels.whatsapp.LogText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Graph API's send endpoint. Every request has a connect timeout and a response timeout; every answer is sorted
 * into a {@link SendOutcome} by whether the message may have been taken, so the outbox knows what is safe to retry.
 * The access token goes only into the Authorization header, never into a log or an outcome.
 */
public final class GraphApi {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /** Throughput (130429), pair rate (131056), app and account rate limits, and Meta's transient errors. */
    private static final Set<Integer> PASSING_ERRORS = Set.of(130429, 131056, 4, 80007, 1, 2, 131000, 131016, 133004);

    private static final int RE_ENGAGEMENT_REQUIRED = 131047;
    private static final int TOKEN_INVALID = 190;
    private static final Duration TOKEN_RETRY = Duration.ofMinutes(1);

    private final URI endpoint;
    private final String authorization;
    private final HttpClient http;
    private final Duration responseTimeout;
    private final JsonMapper json;

    public GraphApi(URI endpoint, String accessToken, Duration responseTimeout, JsonMapper json) {
        this.endpoint = endpoint;
        this.authorization = "Bearer " + accessToken;
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.responseTimeout = responseTimeout;
        this.json = json;
    }

    /** Sends one message (a body of {@link GraphMessages} addressed to a number). */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    public SendOutcome send(ObjectNode message) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(responseTimeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException notConnected) {
            // No connection, so no request: WhatsApp cannot have the message.
            return new SendOutcome.Retry("graph unreachable", null);
        } catch (HttpTimeoutException noAnswer) {
            return new SendOutcome.Uncertain("no answer within " + responseTimeout.toMillis() + " ms");
        } catch (IOException broken) {
            return new SendOutcome.Uncertain(
                    "connection failed mid-request: " + broken.getClass().getSimpleName());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Uncertain("interrupted mid-request");
        }
        return outcomeOf(response.statusCode(), response.body(), retryAfter(response));
    }

    SendOutcome outcomeOf(int status, String body, Duration retryAfter) {
        JsonNode answer = parse(body);
        if (status >= 200 && status < 300) {
            String wamid = JsonFields.text(answer.path("messages").path(0), "id");
            return wamid == null
                    ? new SendOutcome.Uncertain("accepted without a message id")
                    : new SendOutcome.Accepted(wamid);
        }
        JsonNode error = answer.path("error");
        int code = error.path("code").asInt(0);
        String reason = "HTTP " + status + (code == 0 ? "" : ", error " + code) + describe(error);
        if (status == 401 || code == TOKEN_INVALID) {
            // Every message would fail the same way until the token is fixed: keep them, try again later.
            return new SendOutcome.Retry(reason, retryAfter == null ? TOKEN_RETRY : retryAfter);
        }
        if (code == RE_ENGAGEMENT_REQUIRED) {
            return new SendOutcome.OutsideWindow(reason);
        }
        if (status == 429 || status >= 500 || PASSING_ERRORS.contains(code)) {
            return new SendOutcome.Retry(reason, retryAfter);
        }
        return new SendOutcome.Rejected(reason);
    }

    /** Whether a delivery failure reported later by a status webhook is one that passes. */
    static boolean passing(int errorCode) {
        return PASSING_ERRORS.contains(errorCode);
    }

    static boolean reEngagementRequired(int errorCode) {
        return errorCode == RE_ENGAGEMENT_REQUIRED;
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (JacksonException notJson) {
            return json.createObjectNode();
        }
    }

    private static String describe(JsonNode error) {
        String message = JsonFields.text(error, "message");
        return message == null ? "" : ": " + LogText.masked(message, 120);
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Retry-After")
                .filter(value -> value.matches("\\d{1,5}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)))
                .orElse(null);
    }
}
