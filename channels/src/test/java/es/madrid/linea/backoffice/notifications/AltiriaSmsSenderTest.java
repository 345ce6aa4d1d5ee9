package es.madrid.linea.backoffice.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import es.madrid.linea.backoffice.Databases;
import es.madrid.linea.backoffice.FastRemote;
import es.madrid.linea.backoffice.remote.RemoteSystem;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.CalendarAppointmentBook;
import es.madrid.linea.bot.notifications.Delivery;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderDispatcher;
import es.madrid.linea.bot.notifications.ReminderPlan;
import es.madrid.linea.bot.notifications.ReminderSchedule;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.NotificationsContract;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SMS reminders through Altiria's REST API (sendSms), against WireMock answering in its shapes. */
class AltiriaSmsSenderTest {

    private static final String SEND = "/apirest/ws/sendSms";
    private static final String OK =
            "{\"status\":\"000\",\"details\":[{\"destination\":\"34600000001\",\"status\":\"000\"}]}";

    private WireMockServer server;
    private AltiriaSmsSender sender;

    @BeforeEach
    void setUp() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        sender = sender(Duration.ofSeconds(5));
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    @Test
    void aReminderGoesOutAsUnicodeToTheNumberWithoutThePlus() {
        server.stubFor(post(urlPathEqualTo(SEND))
                .willReturn(aResponse().withStatus(200).withBody(OK)));

        Delivery delivery = sender.send(reminder(), "Recordatorio de Línea Madrid: mañana, a las 10:30.");

        assertThat(delivery).isEqualTo(Delivery.delivered("altiria"));
        server.verify(postRequestedFor(urlPathEqualTo(SEND))
                .withRequestBody(equalToJson("{\"credentials\":{\"login\":\"user@madrid.es\",\"passwd\":\"secret\"},"
                        + "\"destination\":[\"34600000001\"],\"message\":{\"msg\":\"Recordatorio de Línea Madrid: mañana, a"
                        + " las 10:30.\",\"senderId\":\"LineaMadrid\",\"encoding\":\"unicode\",\"concat\":true}}")));
    }

    @Test
    void aStatusOtherThanOkIsARefusal() {
        server.stubFor(post(urlPathEqualTo(SEND))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"020\"}")));

        assertThat(sender.send(reminder(), "x").kind()).isEqualTo(Delivery.Kind.REFUSED);
    }

    @Test
    void aRefusedDestinationIsARefusal() {
        server.stubFor(
                post(urlPathEqualTo(SEND))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withBody(
                                                "{\"status\":\"000\",\"details\":[{\"destination\":\"34600000001\",\"status\":\"015\"}]}")));

        assertThat(sender.send(reminder(), "x").kind()).isEqualTo(Delivery.Kind.REFUSED);
    }

    @Test
    void altiriasInternalErrorSentNothing() {
        server.stubFor(post(urlPathEqualTo(SEND))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":\"001\"}")));

        assertThat(sender.send(reminder(), "x").kind()).isEqualTo(Delivery.Kind.NOT_SENT);
    }

    @Test
    void aGatewayThatCannotTakeTheCallSentNothingAndIsTriedAgainAtOnce() {
        server.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withStatus(503)));

        assertThat(sender.send(reminder(), "x").kind()).isEqualTo(Delivery.Kind.NOT_SENT);
        server.verify(3, postRequestedFor(urlPathEqualTo(SEND)));
    }

    @Test
    void aBadRequestIsARefusal() {
        server.stubFor(post(urlPathEqualTo(SEND))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"Invalid JSON\"}")));

        Delivery delivery = sender.send(reminder(), "x");

        assertThat(delivery.kind()).isEqualTo(Delivery.Kind.REFUSED);
        assertThat(delivery.detail()).contains("Invalid JSON");
    }

    @Test
    void aServerErrorMayHaveSentItSoItIsNeverRepeated() {
        server.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withStatus(500)));

        assertThat(sender.send(reminder(), "x").kind()).isEqualTo(Delivery.Kind.UNCERTAIN);
        server.verify(1, postRequestedFor(urlPathEqualTo(SEND)));
    }

    @Test
    void aTimeoutAResetOrAMalformedAnswerAreUncertain() {
        AltiriaSmsSender impatient = sender(Duration.ofMillis(500));
        server.stubFor(post(urlPathEqualTo(SEND))
                .willReturn(aResponse().withStatus(200).withBody(OK).withFixedDelay(1500)));
        assertThat(impatient.send(reminder(), "x").kind()).isEqualTo(Delivery.Kind.UNCERTAIN);

        server.resetAll();
        server.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(sender.send(reminder(), "x").kind()).isEqualTo(Delivery.Kind.UNCERTAIN);

        server.resetAll();
        server.stubFor(post(urlPathEqualTo(SEND))
                .willReturn(aResponse().withStatus(200).withBody("<html>OK</html>")));
        assertThat(sender.send(reminder(), "x").kind()).isEqualTo(Delivery.Kind.UNCERTAIN);
    }

    @Test
    void aGatewayNobodyAnswersSentNothing() {
        int port = server.port();
        server.stop();

        AltiriaSmsSender nowhere = new AltiriaSmsSender(
                new RemoteSystem("altiria", FastRemote.settings()),
                URI.create("http://localhost:" + port),
                Map.of("login", "user@madrid.es", "passwd", "secret"),
                null);

        assertThat(nowhere.send(reminder(), "x").kind()).isEqualTo(Delivery.Kind.NOT_SENT);
        server.start();
    }

    @Test
    void theDispatcherRetriesAReminderTheGatewayDidNotTakeAndSendsItOnce() {
        TestClock clock = new TestClock(CalendarFixture.MONDAY_MORNING);
        ReminderPlan plan = ReminderPlan.standard(CalendarFixture.MADRID);
        JdbcReminderStore store = new JdbcReminderStore(Databases.fresh(), CalendarFixture.MADRID);
        ReminderSchedule schedule = new ReminderSchedule(store, plan, clock, new SequentialIds("r"));
        var calendar = CalendarAppointmentBook.inMemory(CalendarFixture.calendar(), clock, new SequentialIds("A"));
        ZonedDateTime start = LocalDateTime.parse("2026-12-02T10:30").atZone(CalendarFixture.MADRID);
        Appointment appointment = new RemindedAppointmentBook(calendar, schedule)
                .bookAndRemind(
                        new Booking(
                                CalendarFixture.ARGANZUELA,
                                CalendarFixture.PADRON,
                                "empadronamiento-alta",
                                start,
                                null,
                                null,
                                "k",
                                null),
                        NotificationsContract.BY_SMS)
                .valueIfDone()
                .orElseThrow();
        ReminderDispatcher dispatcher = new ReminderDispatcher(
                store, schedule, calendar, List.of(sender), plan, clock, Duration.ofMinutes(5), Duration.ofMinutes(10));
        server.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withStatus(503)));
        clock.advance(Duration.ofHours(26));

        dispatcher.dispatchDue();
        assertThat(schedule.reminderOf(appointment.id()).orElseThrow().status()).isEqualTo(ReminderStatus.SCHEDULED);

        server.resetAll();
        server.stubFor(post(urlPathEqualTo(SEND))
                .willReturn(aResponse().withStatus(200).withBody(OK)));
        clock.advance(Duration.ofMinutes(10));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        Reminder sent = schedule.reminderOf(appointment.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(ReminderStatus.SENT);
        assertThat(sent.deliveredBy()).isEqualTo("altiria");
        assertThat(sent.text()).contains("mañana, miércoles 2 de diciembre, a las 10:30");
        server.verify(1, postRequestedFor(urlPathEqualTo(SEND)));
    }

    private AltiriaSmsSender sender(Duration readTimeout) {
        return new AltiriaSmsSender(
                new RemoteSystem("altiria", FastRemote.settings(readTimeout)),
                URI.create(server.baseUrl()),
                Map.of("login", "user@madrid.es", "passwd", "secret"),
                "LineaMadrid");
    }

    private static Reminder reminder() {
        return new Reminder(
                "r-1",
                "A-1",
                LocalDateTime.parse("2026-12-02T10:30").atZone(CalendarFixture.MADRID),
                NotificationsContract.BY_SMS,
                ReminderStatus.SENDING,
                Instant.parse("2026-12-01T09:00:00Z"),
                1,
                null,
                null,
                null,
                null,
                Instant.parse("2026-11-30T07:00:00Z"));
    }
}
