package es.madrid.linea.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.testing.ApiClient.Response;
import es.madrid.linea.testing.ApplicationIT;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Alerts as integrating systems see them, with the embedded registry: {@code GET /api/v1/alerts/{code}} exactly as
 * API.md says, and the Open311 GeoReport v2 read endpoints in JSON and XML.
 */
class AlertsApiIT extends ApplicationIT {

    private static final String STREET_LIGHT = "591b3a194e4ea83a018b46bb";

    @Autowired
    AlertsDesk alerts;

    @Test
    void anAlertIsFollowedByItsCode() {
        Alert filed = file("Calle de Alcalá 102", "k-api-1");

        Response response = api.get("/api/v1/alerts/" + filed.code());

        assertThat(response.status()).isEqualTo(200);
        JsonNode alert = response.json();
        assertThat(alert.get("code").asString()).isEqualTo(filed.code()).hasSize(8);
        assertThat(alert.get("serviceId").asString()).isEqualTo(STREET_LIGHT);
        assertThat(alert.get("serviceName").asString()).isEqualTo("Farola apagada");
        assertThat(alert.get("status").asString()).isEqualTo("open");
        assertThat(alert.get("address").asString()).isEqualTo("Calle de Alcalá 102");
        assertThat(alert.get("lat").asDouble()).isEqualTo(40.4233);
        assertThat(alert.get("lon").asDouble()).isEqualTo(-3.6712);
        assertThat(alert.get("description").asString()).isEqualTo("La farola está apagada — ¡todo oscuro!");
        assertThat(OffsetDateTime.parse(alert.get("createdAt").asString())).isNotNull();
    }

    @Test
    void anUnknownCodeIsNotFoundAndAMalformedOneIsABadRequest() {
        Response unknown = api.get("/api/v1/alerts/99999999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asString()).isEqualTo("alert_not_found");
        assertThat(unknown.json().get("message").asString()).isNotBlank();

        for (String malformed : List.of("abc", "123", "123456789", "1234567a", "%20")) {
            Response response = api.get("/api/v1/alerts/" + malformed);
            assertThat(response.status()).as(malformed).isEqualTo(400);
            assertThat(response.json().get("error").asString()).isEqualTo("invalid_alert_code");
        }
    }

    @Test
    void otherAppsFollowAlertsThroughOpen311InJson() {
        Alert filed = file("Calle de Toledo 5", "k-api-2");

        JsonNode services = api.get("/open311/v2/services.json").json();
        JsonNode requests = api.get("/open311/v2/requests.json?service_request_id=" + filed.code())
                .json();
        JsonNode one = api.get("/open311/v2/requests/" + filed.code() + ".json?jurisdiction_id=es.madrid")
                .json();

        assertThat(services.size()).isEqualTo(66);
        JsonNode light = services.valueStream()
                .filter(s -> s.get("service_code").asString().equals(STREET_LIGHT))
                .findFirst()
                .orElseThrow();
        assertThat(light.get("service_name").asString()).isEqualTo("Farola apagada");
        assertThat(light.get("metadata").asBoolean()).isFalse();
        assertThat(light.get("type").asString()).isEqualTo("realtime");
        assertThat(light.get("group").asString()).isEqualTo("Alumbrado público");
        assertThat(requests.size()).isEqualTo(1);
        JsonNode request = one.get(0);
        assertThat(request.get("service_request_id").asString()).isEqualTo(filed.code());
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo(STREET_LIGHT);
        assertThat(request.get("address").asString()).isEqualTo("Calle de Toledo 5");
        assertThat(request.get("long").asDouble()).isEqualTo(-3.6712);
        assertThat(OffsetDateTime.parse(request.get("requested_datetime").asString()))
                .isNotNull();
    }

    @Test
    void otherAppsCanAskInXmlAsTheSpecificationRequires() {
        Alert filed = file("Calle de Alcalá 1", "k-api-3");

        Response services = api.get("/open311/v2/services.xml");
        Response request = api.get("/open311/v2/requests/" + filed.code() + ".xml");

        assertThat(services.status()).isEqualTo(200);
        assertThat(services.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<services><service>");
        assertThat(services.body()).contains("<service_name>Farola apagada</service_name>");
        assertThat(request.body())
                .contains("<service_requests><request><service_request_id>" + filed.code() + "</service_request_id>")
                .contains("<description>La farola está apagada — ¡todo oscuro!</description>");
    }

    @Test
    void open311SearchesAndErrorsFollowTheSpecification() {
        file("Calle de Alcalá 2", "k-api-4");

        Response open = api.get("/open311/v2/requests.json?status=open&service_code=" + STREET_LIGHT);
        Response missing = api.get("/open311/v2/requests/99999999.json");
        Response badDate = api.get("/open311/v2/requests.json?start_date=ayer");
        Response tooLong =
                api.get("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-12-01T00:00:00Z");
        Response otherCity = api.get("/open311/v2/services.json?jurisdiction_id=sfgov.org");
        Response discovery = api.get("/open311/discovery.json");

        assertThat(open.json().size()).isPositive();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get(0).get("code").asInt()).isEqualTo(404);
        assertThat(missing.json().get(0).get("description").asString()).contains("not found");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(otherCity.status()).isEqualTo(404);
        assertThat(discovery.json().get("endpoints").get(0).get("url").asString())
                .endsWith("/open311/v2");
        assertThat(discovery.json().get("endpoints").get(0).get("specification").asString())
                .isEqualTo("http://wiki.open311.org/GeoReport_v2");
    }

    private Alert file(String address, String key) {
        return alerts.file(new NewAlert(
                        STREET_LIGHT,
                        "La farola está apagada — ¡todo oscuro!",
                        address,
                        new GeoPoint(40.4233, -3.6712),
                        null,
                        key,
                        null))
                .valueIfDone()
                .orElseThrow();
    }
}
