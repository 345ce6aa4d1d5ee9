package es.madrid.linea.channels.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WireMock server playing the Graph API's send endpoint as Meta answers it: {@code 200} with a fresh wamid for every
 * message, unless a test makes one citizen's messages fail first (429, 500, a WhatsApp error code) or hang. Requests
 * are read back per recipient, in the order they arrived.
 */
public final class FakeGraphApi {

    public static final String VERSION = "v23.0";
    public static final String MESSAGES = "/" + VERSION + "/" + PywaPayloads.PHONE_NUMBER_ID + "/messages";
    public static final String TOKEN = "test-access-token";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ACCEPTED = "{\"messaging_product\":\"whatsapp\","
            + "\"contacts\":[{\"input\":\"{{jsonPath request.body '$.to'}}\",\"wa_id\":\"{{jsonPath request.body '$.to'}}\"}],"
            + "\"messages\":[{\"id\":\"wamid.{{randomValue length=32 type='ALPHANUMERIC'}}\"}]}";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    public FakeGraphApi() {
        server.start();
        acceptEverything();
        warmUp();
    }

    /** WireMock's first templated answer is slow (its template engine starts): not something to time a send by. */
    private void warmUp() {
        try {
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.baseUrl() + MESSAGES))
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"0\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.resetRequests();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The default answer: every message accepted. */
    public void acceptEverything() {
        server.stubFor(post(urlPathEqualTo(MESSAGES)).atPriority(10).willReturn(accepted()));
    }

    /** The first {@code times} messages to this number get {@code failure}; the following ones are accepted. */
    public void failFirst(String waId, int times, ResponseDefinitionBuilder failure) {
        String scenario = "fail-" + waId;
        for (int i = 0; i < times; i++) {
            String state = i == 0 ? Scenario.STARTED : "failed-" + i;
            server.stubFor(toNumber(waId)
                    .inScenario(scenario)
                    .whenScenarioStateIs(state)
                    .willReturn(failure)
                    .willSetStateTo("failed-" + (i + 1)));
        }
        server.stubFor(toNumber(waId)
                .inScenario(scenario)
                .whenScenarioStateIs("failed-" + times)
                .willReturn(accepted()));
    }

    /** Every message to this number gets this answer. */
    public void answer(String waId, ResponseDefinitionBuilder response) {
        server.stubFor(toNumber(waId).willReturn(response));
    }

    /** A Graph API error as Meta sends it. */
    public static ResponseDefinitionBuilder error(int status, int code, String message) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                        + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + message
                        + "\"},\"fbtrace_id\":\"AbCdEf\"}}");
    }

    /** The request bodies sent to a number, oldest first. */
    public List<JsonNode> messagesTo(String waId) {
        return requestsTo(waId).stream()
                .map(r -> JSON.readTree(r.getBodyAsString()))
                .toList();
    }

    /** The texts (text body, interactive body or template name) sent to a number, oldest first. */
    public List<String> textsTo(String waId) {
        return messagesTo(waId).stream().map(FakeGraphApi::gist).toList();
    }

    public List<LoggedRequest> requestsTo(String waId) {
        return server
                .findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
                        .withRequestBody(matchingJsonPath("$.to", equalTo(waId))))
                .stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    public void resetRequests() {
        server.resetRequests();
    }

    public void stop() {
        server.stop();
    }

    private static String gist(JsonNode message) {
        String type = message.path("type").asString();
        if ("text".equals(type)) {
            return message.at("/text/body").asString();
        }
        if ("interactive".equals(type)) {
            return message.at("/interactive/body/text").asString();
        }
        return type + ":" + message.at("/template/name").asString();
    }

    private static MappingBuilder toNumber(String waId) {
        return post(urlPathEqualTo(MESSAGES)).atPriority(1).withRequestBody(matchingJsonPath("$.to", equalTo(waId)));
    }

    private static ResponseDefinitionBuilder accepted() {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(ACCEPTED)
                .withTransformers("response-template");
    }
}
