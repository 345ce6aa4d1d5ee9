package es.madrid.linea.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An agent files an alert and books an appointment for the citizen from the console, through the whole application:
 * the forms read over HTTP, the commands sent over STOMP, the embedded alerts registry and appointment calendar
 * behind, the result on the agent's actions queue, the message on the citizen's web chat and the alert or
 * appointment recorded in the conversation. Refusals (a form the systems reject, a wrong choice, another agent's
 * conversation) reach only the agent who asked, and nothing is recorded.
 */
class ConsoleActionsIT extends RunningApplication {

    private static final String DESK = "/user/queue/agent.desk";
    private static final String PACKET = "/user/queue/agent.packet";
    private static final String ACTIONS = "/user/queue/agent.actions";
    private static final String ERRORS = "/user/queue/errors";
    /** Avisos Madrid's "Farola apagada", in kb-content/alerts/services.yml. */
    private static final String STREET_LIGHT = "591b3a194e4ea83a018b46bb";
    /** Needs cita previa, with the embedded calendar's Padrón service. */
    private static final String PADRON_PROCEDURE = "padron-alta-nacimiento";

    private HttpTestClient http;
    private StompTestClient ana;
    private StompTestClient citizen;
    private String id;
    private String topic;

    @BeforeEach
    void anaHoldsAConversation() {
        http = new HttpTestClient(port);
        ana = StompTestClient.agent(port, "ana", "ana-secreta");
        for (String destination : new String[] {DESK, PACKET, ACTIONS, ERRORS}) {
            ana.subscribe(destination);
        }
        Subscriptions.awaitUser(registry, "ana", ERRORS);
        ana.send("/app/agent/presence", Map.of("presence", "busy"));
        ana.await(DESK, desk -> desk.get("presence").asString().equals("busy"));
        id = http.startConversation("{\"name\":\"Carmen\",\"postcode\":\"28045\"}");
        topic = "/topic/conversations." + id;
        citizen = StompTestClient.citizen(port);
        citizen.subscribe(topic);
        Subscriptions.awaitDestination(registry, topic);
        http.say(id, "{\"text\":\"la farola de la calle de Toledo 120 no funciona\"}");
        ana.send("/app/agent/pickup", Map.of("conversationId", id));
        ana.await(PACKET, packet -> packet.get("conversationId").asString().equals(id));
    }

    @AfterEach
    void anaClosesIt() {
        ana.send("/app/agent/close", Map.of("conversationId", id, "outcome", "solved"));
        ana.await(
                DESK,
                desk -> !desk.get("conversations")
                        .findValuesAsString("conversationId")
                        .contains(id));
        ana.close();
        citizen.close();
    }

    @Test
    void anAlertFiledFromTheConsoleIsRecordedAndItsCodeReachesTheCitizen() {
        HttpTestClient.Answer draft = http.get(path("/alert-draft"), anaCredentials());
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.json().get("services").findValuesAsString("id")).contains(STREET_LIGHT);
        assertThat(draft.json().get("description").asString()).contains("farola");

        ana.send("/app/agent/file-alert", alert("it-alert-0001", STREET_LIGHT, "Calle de Toledo, 120"));

        JsonNode result = ana.await(ACTIONS, r -> r.get("requestId").asString().equals("it-alert-0001"));
        assertThat(result.get("status").asString()).isEqualTo("done");
        assertThat(result.get("action").asString()).isEqualTo("file_alert");
        String code = result.get("reference").asString();
        JsonNode told =
                citizen.await(topic, event -> event.get("type").asString().equals("agent"));
        assertThat(told.get("text").asString()).contains(code).contains("Farola apagada");
        assertThat(conversation().get("alerts").toString()).contains(code);
        assertThat(http.get("/api/v1/alerts/" + code, null).body()).contains("Farola apagada");
    }

    @Test
    void anAlertTheRegistryRejectsOrAFormWithoutPlaceIsShownToTheAgentAndNothingIsRecorded() {
        ana.send("/app/agent/file-alert", alert("it-alert-0002", "no-es-un-servicio", "Calle de Toledo, 120"));

        JsonNode result = ana.await(ACTIONS, r -> r.get("requestId").asString().equals("it-alert-0002"));
        assertThat(result.get("status").asString()).isEqualTo("failed");
        assertThat(result.get("failure").asString()).isEqualTo("rejected");
        assertThat(result.get("message").asString()).contains("no ha aceptado");

        ana.send("/app/agent/file-alert", alert("it-alert-0003", STREET_LIGHT, " "));
        JsonNode refused = ana.await(ERRORS, e -> true);
        assertThat(refused.get("error").asString()).isEqualTo("invalid_request");
        assertThat(refused.get("message").asString()).contains("dirección");

        assertThat(conversation().get("alerts").isEmpty()).isTrue();
        assertThat(citizen.drain(topic))
                .noneMatch(event -> event.get("type").asString().equals("agent"));
    }

    @Test
    void anAppointmentBookedFromTheConsoleIsRecordedAndItsDetailsReachTheCitizen() {
        HttpTestClient.Answer draft =
                http.get(path("/appointment-draft?procedure=" + PADRON_PROCEDURE), anaCredentials());
        assertThat(draft.status()).isEqualTo(200);
        JsonNode form = draft.json();
        assertThat(form.get("procedureId").asString()).isEqualTo(PADRON_PROCEDURE);
        assertThat(form.get("citizenName").asString()).isEqualTo("Carmen");
        assertThat(form.get("offices").isEmpty()).isFalse();
        String office = form.get("officeId").isNull()
                ? form.get("offices").get(0).get("id").asString()
                : form.get("officeId").asString();
        HttpTestClient.Answer slots =
                http.get(path("/free-slots?procedure=" + PADRON_PROCEDURE + "&office=" + office), anaCredentials());
        assertThat(slots.status()).isEqualTo(200);
        JsonNode slot = slots.json().get(0);

        ana.send(
                "/app/agent/book-appointment",
                appointment("it-cita-0001", office, slot.get("start").asString()));

        JsonNode result = ana.await(ACTIONS, r -> r.get("requestId").asString().equals("it-cita-0001"));
        assertThat(result.get("status").asString()).isEqualTo("done");
        String reference = result.get("reference").asString();
        JsonNode told =
                citizen.await(topic, event -> event.get("type").asString().equals("agent"));
        assertThat(told.get("text").asString())
                .contains(reference)
                .contains(slot.get("label").asString());
        assertThat(conversation().get("appointments").toString()).contains(reference);
    }

    @Test
    void aBookingForAnOfficeThatDoesNotExistIsRefusedAtOnce() {
        ana.send(
                "/app/agent/book-appointment",
                appointment("it-cita-0002", "oficina-inventada", "2030-01-07T10:00:00+01:00"));

        JsonNode refused = ana.await(ERRORS, e -> true);
        assertThat(refused.get("error").asString()).isEqualTo("unknown_office");
        assertThat(conversation().get("appointments").isEmpty()).isTrue();
    }

    @Test
    void anotherAgentCanNeitherReadTheFormsNorActOnTheConversation() {
        assertThat(http.get(path("/alert-draft"), StompTestClient.basic("luis", "luis-secreta"))
                        .status())
                .isEqualTo(403);
        assertThat(http.get(path("/appointment-draft"), StompTestClient.basic("luis", "luis-secreta"))
                        .status())
                .isEqualTo(403);
        assertThat(http.get(path("/alert-draft"), null).status()).isEqualTo(401);
        try (StompTestClient luis = StompTestClient.agent(port, "luis", "luis-secreta")) {
            luis.subscribe(ERRORS);
            luis.subscribe(ACTIONS);
            Subscriptions.awaitUser(registry, "luis", ERRORS);

            luis.send("/app/agent/file-alert", alert("it-alert-0004", STREET_LIGHT, "Calle de Toledo, 120"));

            assertThat(luis.await(ERRORS, e -> true).get("error").asString()).isEqualTo("not_yours");
            assertThat(luis.drain(ACTIONS)).isEmpty();
        }
        assertThat(conversation().get("alerts").isEmpty()).isTrue();
    }

    private Map<String, Object> alert(String requestId, String service, String address) {
        Map<String, Object> body = new HashMap<>();
        body.put("conversationId", id);
        body.put("requestId", requestId);
        body.put("serviceId", service);
        body.put("address", address);
        body.put("description", "La farola no se enciende desde ayer.");
        body.put("includePhoto", false);
        return body;
    }

    private Map<String, Object> appointment(String requestId, String office, String start) {
        Map<String, Object> body = new HashMap<>();
        body.put("conversationId", id);
        body.put("requestId", requestId);
        body.put("procedureId", PADRON_PROCEDURE);
        body.put("officeId", office);
        body.put("start", start);
        body.put("citizenName", "Carmen");
        body.put("reminder", "web");
        return body;
    }

    private JsonNode conversation() {
        return http.get("/api/v1/conversations/" + id, null).json();
    }

    private String path(String rest) {
        return "/api/v1/handoff/conversations/" + id + rest;
    }

    private static String anaCredentials() {
        return StompTestClient.basic("ana", "ana-secreta");
    }
}
