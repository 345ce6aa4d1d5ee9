package es.madrid.linea.backoffice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import es.madrid.fixtures.TestClockConfiguration;
import es.madrid.linea.backoffice.appointments.FakeQmatic;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.BookableService;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderDetails;
import es.madrid.linea.bot.notifications.ReminderRequest;
import es.madrid.linea.bot.testing.TestClock;
import es.madrid.linea.testing.ApplicationIT;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service configured for external systems — a Qmatic appointment system and the Altiria SMS gateway — as
 * Almudena uses it: she books at her office, the API shows the appointment, and the day before the SMS goes through
 * the gateway once.
 */
@Import(TestClockConfiguration.class)
@TestPropertySource(
        properties = {
            "cibeles.appointments.system=qmatic",
            "cibeles.appointments.qmatic.api-key=" + FakeQmatic.API_KEY,
            "cibeles.appointments.qmatic.branches.oac-arganzuela=f364d92b7fa07a48c4ecc862de30c47",
            "cibeles.appointments.qmatic.branches.oac-retiro=f7d0e4e45558de30c4772e4f1cc862",
            "cibeles.notifications.sms=altiria",
            "cibeles.notifications.altiria.login=lineamadrid",
            "cibeles.notifications.altiria.password=secret",
            "cibeles.notifications.altiria.sender-id=LineaMadrid",
            "cibeles.notifications.dispatch-every=200ms"
        })
class ExternalSystemsIT extends ApplicationIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /** Qmatic's own clock, set like the service's (Monday morning) and moved with it. */
    private static final TestClock QMATIC_CLOCK = new TestClock(TestClockConfiguration.MONDAY_MORNING);

    private static final FakeQmatic QMATIC = new FakeQmatic(QMATIC_CLOCK);
    private static final WireMockServer SERVER =
            new WireMockServer(options().dynamicPort().extensions(QMATIC));

    static {
        SERVER.start();
        QMATIC.serveOn(SERVER);
        SERVER.stubFor(
                post(urlPathEqualTo("/apirest/ws/sendSms"))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                "{\"status\":\"000\",\"details\":[{\"destination\":\"34600000001\",\"status\":\"000\"}]}")));
    }

    @DynamicPropertySource
    static void systems(DynamicPropertyRegistry registry) {
        registry.add("cibeles.appointments.qmatic.base-url", () -> SERVER.baseUrl() + FakeQmatic.BASE);
        registry.add("cibeles.notifications.altiria.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @Autowired
    AppointmentBook appointments;

    @Autowired
    TestClock clock;

    @Test
    void almudenaBooksInQmaticAndGetsHerSmsTheDayBefore() throws InterruptedException {
        BookableService padron = appointments
                .serviceNamed("Padrón: altas, bajas y cambios de domicilio")
                .valueIfDone()
                .orElseThrow();
        List<String> offices = appointments.offices(padron.id()).valueIfDone().orElseThrow();
        assertThat(offices).containsExactlyInAnyOrder("oac-arganzuela", "oac-retiro");
        Slot slot = appointments
                .freeSlots(SlotQuery.firstAvailable(
                        "oac-arganzuela",
                        padron.id(),
                        LocalDateTime.parse("2026-12-02T08:00").atZone(MADRID)))
                .valueIfDone()
                .orElseThrow()
                .get(0);
        ReminderRequest bySms = new ReminderRequest(
                ReminderChannel.SMS,
                "+34600000001",
                null,
                new ReminderDetails(
                        "Línea Madrid Arganzuela", "Paseo de la Chopera, 10", "Alta en el Padrón", List.of("DNI")));

        Appointment booked = ((RemindedAppointmentBook) appointments)
                .bookAndRemind(
                        new Booking(
                                slot.officeId(),
                                slot.serviceId(),
                                "empadronamiento-alta",
                                slot.start(),
                                "Almudena",
                                "+34600000001",
                                "k-almudena",
                                null),
                        bySms)
                .valueIfDone()
                .orElseThrow();

        JsonNode shown = api.get("/api/v1/appointments/" + booked.id()).json();
        assertThat(shown.get("officeId").asString()).isEqualTo("oac-arganzuela");
        assertThat(shown.get("procedureId").asString()).isEqualTo("empadronamiento-alta");
        assertThat(shown.get("start").asString()).isEqualTo("2026-12-02T08:30:00+01:00");
        assertThat(shown.get("reminder").get("status").asString()).isEqualTo("scheduled");
        assertThat(QMATIC.booked()).isEqualTo(1);

        clock.advance(Duration.ofHours(26));
        QMATIC_CLOCK.advance(Duration.ofHours(26));
        Eventually.waitFor(() -> "sent"
                .equals(api.get("/api/v1/appointments/" + booked.id())
                        .json()
                        .get("reminder")
                        .get("status")
                        .asString()));

        SERVER.verify(
                1,
                postRequestedFor(urlPathEqualTo("/apirest/ws/sendSms"))
                        .withRequestBody(matchingJsonPath(
                                "$.destination[0]",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo("34600000001")))
                        .withRequestBody(matchingJsonPath(
                                "$.message.msg",
                                com.github.tomakehurst.wiremock.client.WireMock.containing(
                                        "mañana, miércoles 2 de diciembre, a las 8:30"))));
    }
}
