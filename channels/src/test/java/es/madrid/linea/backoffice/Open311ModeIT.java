package es.madrid.linea.backoffice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import es.madrid.linea.backoffice.alerts.FakeOpen311;
import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import es.madrid.linea.testing.ApiClient.Response;
import es.madrid.linea.testing.ApplicationIT;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The service configured for the council's Open311 alerts system, which is down when Carlos files his alert: the alert
 * is kept, filed in the background when the system is back, and the conversation hears its code.
 */
@TestPropertySource(
        properties = {
            "cibeles.alerts.system=open311",
            "cibeles.alerts.open311.api-key=" + FakeOpen311.API_KEY,
            "cibeles.alerts.open311.jurisdiction-id=es.madrid",
            "cibeles.alerts.open311.http.backoff=10ms",
            "cibeles.alerts.open311.http.open-for=1s",
            "cibeles.backoffice.retry-every=200ms",
            "cibeles.backoffice.first-retry=100ms"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Open311ModeIT extends ApplicationIT {

    private static final FakeOpen311 FAKE = new FakeOpen311(Clock.systemUTC(), AlertsDeskContract.SERVICES);
    private static final WireMockServer SERVER =
            new WireMockServer(options().dynamicPort().extensions(FAKE));

    static {
        SERVER.start();
        FAKE.serveOn(SERVER);
    }

    @DynamicPropertySource
    static void open311(DynamicPropertyRegistry registry) {
        registry.add("cibeles.alerts.open311.base-url", () -> SERVER.baseUrl() + FakeOpen311.BASE);
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @Autowired
    AlertsDesk alerts;

    @Test
    @Order(1)
    void anAlertKeptWhileTheSystemWasDownIsFiledAndTheConversationIsTold() throws InterruptedException {
        String conversation = api.startConversation();
        StubMapping down = SERVER.stubFor(post(urlPathEqualTo(FakeOpen311.BASE + "/requests.json"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        Outcome<Alert> outcome = alerts.file(new NewAlert(
                AlertsDeskContract.STREET_LIGHT,
                "La farola de mi portal está apagada",
                "Calle de Alcalá 102",
                new GeoPoint(40.4233, -3.6712),
                null,
                conversation + ":2",
                conversation));

        assertThat(outcome.isPending()).isTrue();
        // Kept means pending, or being sent while the background retrier has it claimed: an agent sees it either way.
        Eventually.waitFor(() -> Stream.of("pending", "sending")
                .flatMap(state -> api.as("agent", "cibeles")
                        .get("/api/v1/backoffice/requests?state=" + state)
                        .json()
                        .valueStream())
                .anyMatch(request -> request.get("conversationId").asString().equals(conversation)
                        && request.get("request").get("address").asString().equals("Calle de Alcalá 102")));

        SERVER.removeStub(down);
        Eventually.waitFor(() -> api.get("/api/v1/conversations/" + conversation)
                .json()
                .get("alerts")
                .valueStream()
                .anyMatch(code -> code.asString().equals("8317229")));

        List<String> said = Eventually.botTexts(api, conversation);
        assertThat(said)
                .contains("¡Ya está! Hemos registrado tu aviso de «Farola apagada» con el número 8317229."
                        + " Puedes seguirlo en la app Madrid Móvil o llamando al 010.");
        // The circuit breaker may still be settling its trial call on a slow machine: following the alert answers
        // 503 ("try later") until then, which is what a citizen would be told, so wait for the system to answer.
        Eventually.waitFor(() -> api.get("/api/v1/alerts/8317229").status() == 200);
        Response followed = api.get("/api/v1/alerts/8317229");
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().get("serviceName").asString()).isEqualTo("Farola apagada");
        assertThat(FAKE.created()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theOpen311EndpointsBelongToTheExternalSystem() {
        assertThat(api.get("/open311/v2/services.json").status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void theStatusOfAnAlertWhileTheSystemFailsIsServiceUnavailable() {
        SERVER.stubFor(get(urlPathEqualTo(FakeOpen311.BASE + "/requests/1234567.json"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(500)));

        Response response = api.get("/api/v1/alerts/1234567");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("error").asString()).isEqualTo("alerts_unavailable");
        assertThat(response.json().get("message").asString()).contains("010");
    }
}
