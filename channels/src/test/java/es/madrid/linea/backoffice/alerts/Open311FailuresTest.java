package es.madrid.linea.backoffice.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import es.madrid.linea.backoffice.Databases;
import es.madrid.linea.backoffice.FastRemote;
import es.madrid.linea.backoffice.pending.KeptRequest;
import es.madrid.linea.backoffice.pending.KeptRequestRetrier;
import es.madrid.linea.backoffice.pending.KeptRequests;
import es.madrid.linea.backoffice.pending.RecordingFollowUp;
import es.madrid.linea.backoffice.remote.RemoteSystem;
import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import es.madrid.linea.bot.testing.TestClock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Open311 alerts system down, slow or broken: nothing the citizen gave is lost, nothing is filed twice, and the
 * conversation hears the result. Faults are WireMock's (500s, 503s, timeouts, malformed bodies, connection resets);
 * those that name the fake server's transformer do the work and then lose the answer.
 */
class Open311FailuresTest {

    private static final String REQUESTS = FakeOpen311.BASE + "/requests.json";

    private final TestClock clock = TestClock.at("2026-11-30T09:00:00Z");
    private final FakeOpen311 fake = new FakeOpen311(clock, AlertsDeskContract.SERVICES);
    private final RecordingFollowUp followUp = new RecordingFollowUp();
    private WireMockServer server;
    private KeptRequests kept;
    private KeptAlertsDesk desk;
    private KeptRequestRetrier retrier;

    @BeforeEach
    void setUp() {
        server = new WireMockServer(options().dynamicPort().extensions(fake));
        server.start();
        fake.serveOn(server);
        kept = Databases.keptRequests(clock);
        desk = desk(FakeOpen311.API_KEY);
        retrier = new KeptRequestRetrier(kept, List.of(desk));
        assertThat(desk.services().isDone()).isTrue(); // warm up: the timeouts below are short
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    @Test
    void anAlertSentWhileTheServerIsDownIsKeptAndFiledOnceItIsBack() {
        StubMapping down = server.stubFor(post(urlPathEqualTo(REQUESTS))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        Outcome<Alert> outcome = desk.file(alert("k-1"));

        assertThat(outcome).isEqualTo(Outcome.pending("t-1"));
        server.verify(3, postRequestedFor(urlPathEqualTo(REQUESTS))); // nothing reached it: retried at once
        assertThat(fake.created()).isZero();
        assertThat(desk.file(alert("k-1"))).isEqualTo(Outcome.pending("t-1"));

        server.removeStub(down);
        clock.advance(Duration.ofSeconds(31));
        assertThat(retrier.retryDue()).isEqualTo(1);

        assertThat(fake.created()).isEqualTo(1);
        assertThat(followUp.told()).containsExactly("filed 8317229 for conversation-1");
        assertThat(done(desk.file(alert("k-1"))).code()).isEqualTo("8317229");
        assertThat(fake.created()).isEqualTo(1);
    }

    @Test
    void anAlertFiledWhoseAnswerTimedOutIsFoundNotFiledAgain() {
        server.stubFor(post(urlPathEqualTo(REQUESTS))
                .atPriority(1)
                .willReturn(aResponse().withTransformers(FakeOpen311.NAME).withFixedDelay(2500)));
        KeptAlertsDesk impatient = desk(FakeOpen311.API_KEY, Duration.ofMillis(700));

        Outcome<Alert> outcome = impatient.file(alert("k-1"));

        assertThat(outcome.isPending()).isTrue();
        assertThat(fake.created()).isEqualTo(1); // the server did it; only its answer was lost
        assertThat(kept.byId(ticket(outcome)).orElseThrow().uncertain()).isTrue();

        server.resetMappings();
        fake.serveOn(server);
        clock.advance(Duration.ofSeconds(31));
        new KeptRequestRetrier(kept, List.of(impatient)).retryDue();

        assertThat(fake.created()).isEqualTo(1);
        assertThat(followUp.told()).containsExactly("filed 8317229 for conversation-1");
        server.verify(1, postRequestedFor(urlPathEqualTo(REQUESTS)));
    }

    @Test
    void aMalformedAnswerAfterFilingIsReconciledToo() {
        server.stubFor(post(urlPathEqualTo(REQUESTS))
                .atPriority(1)
                .willReturn(aResponse().withTransformers(FakeOpen311.NAME).withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        Outcome<Alert> outcome = desk.file(alert("k-1"));

        assertThat(outcome.isPending()).isTrue();
        theServerIsBackAndTheRetrierRuns();

        assertThat(fake.created()).isEqualTo(1);
        assertThat(followUp.told()).containsExactly("filed 8317229 for conversation-1");
    }

    @Test
    void anAnswerThatIsNotJsonLeavesItUncertainAndItIsSentAgainWhenNotFound() {
        server.stubFor(post(urlPathEqualTo(REQUESTS))
                .atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody("<html>Servicio no disponible</html>")));

        Outcome<Alert> outcome = desk.file(alert("k-1"));

        assertThat(outcome.isPending()).isTrue();
        assertThat(fake.created()).isZero();
        theServerIsBackAndTheRetrierRuns();

        assertThat(fake.created()).isEqualTo(1);
        assertThat(followUp.told()).containsExactly("filed 8317229 for conversation-1");
    }

    @Test
    void aConnectionResetIsReconciledThenSentAgain() {
        server.stubFor(post(urlPathEqualTo(REQUESTS))
                .atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(desk.file(alert("k-1")).isPending()).isTrue();
        server.verify(1, postRequestedFor(urlPathEqualTo(REQUESTS))); // maybe done: never repeated blindly

        theServerIsBackAndTheRetrierRuns();

        assertThat(fake.created()).isEqualTo(1);
        server.verify(1, getRequestedFor(urlPathEqualTo(REQUESTS))); // the search before sending again
    }

    @Test
    void twoRetriersAtOnceFileAKeptAlertOnce() throws Exception {
        StubMapping down = server.stubFor(post(urlPathEqualTo(REQUESTS))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        desk.file(alert("k-1"));
        server.removeStub(down);
        clock.advance(Duration.ofSeconds(31));

        Thread other = new Thread(retrier::retryDue);
        other.start();
        retrier.retryDue();
        other.join();

        assertThat(fake.created()).isEqualTo(1);
        assertThat(followUp.told()).hasSize(1);
    }

    @Test
    void anAlertTheServerRefusesFailsAtOnceAndIsNotRetried() {
        KeptAlertsDesk wrongKey = desk("not-the-key");

        Outcome<Alert> outcome = wrongKey.file(alert("k-1"));

        assertThat(outcome.failureIfFailed()).contains(Failure.REJECTED);
        assertThat(((Outcome.Failed<Alert>) outcome).detail()).contains("Invalid api_key");
        clock.advance(Duration.ofHours(1));
        assertThat(new KeptRequestRetrier(kept, List.of(wrongKey)).retryDue()).isZero();
        server.verify(1, postRequestedFor(urlPathEqualTo(REQUESTS)));
    }

    @Test
    void aBatchServersTokenBecomesTheCodeLater() {
        fake.batch(true);

        Outcome<Alert> outcome = desk.file(alert("k-1"));

        assertThat(outcome.isPending()).isTrue();
        clock.advance(Duration.ofSeconds(31));
        retrier.retryDue();
        assertThat(followUp.told()).containsExactly("filed 8317229 for conversation-1");
        assertThat(fake.created()).isEqualTo(1);
    }

    @Test
    void anAlertWithNoAnswerForADayGoesToPeople() {
        server.stubFor(post(urlPathEqualTo(REQUESTS))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        Outcome<Alert> outcome = desk.file(alert("k-1"));

        clock.advance(Duration.ofHours(25));
        retrier.retryDue();

        KeptRequest request = kept.byId(ticket(outcome)).orElseThrow();
        assertThat(request.state()).isEqualTo(KeptRequest.State.REVIEW);
        assertThat(kept.inState(KeptRequest.State.REVIEW, 10))
                .extracting(KeptRequest::id)
                .containsExactly(request.id());
        assertThat(followUp.told()).containsExactly("not done file_alert for conversation-1");
        assertThat(desk.file(alert("k-1")).isPending()).isTrue();
    }

    @Test
    void theStatusOfAnAlertWhileTheServerFailsIsUnavailableAfterRetrying() {
        server.stubFor(get(urlPathMatching(FakeOpen311.BASE + "/requests/.*"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(500)));

        Outcome<Alert> outcome = desk.status("8317229");

        assertThat(outcome.failureIfFailed()).contains(Failure.UNAVAILABLE);
        server.verify(3, getRequestedFor(urlPathMatching(FakeOpen311.BASE + "/requests/.*")));
    }

    @Test
    void theCircuitOpensAndCallsStopReachingAFailingServer() {
        server.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 4; i++) {
            desk.status("8317229");
        }
        int reached =
                server.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();

        Outcome<Alert> refused = desk.status("8317229");

        assertThat(refused.failureIfFailed()).contains(Failure.UNAVAILABLE);
        assertThat(server.countRequestsMatching(anyRequestedFor(anyUrl()).build())
                        .getCount())
                .isEqualTo(reached);
    }

    @Test
    void theServicesStayKnownWhileTheServerIsDown() {
        server.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(done(desk.services())).extracting(s -> s.id()).contains(AlertsDeskContract.STREET_LIGHT);
    }

    private void theServerIsBackAndTheRetrierRuns() {
        server.resetMappings();
        fake.serveOn(server);
        clock.advance(Duration.ofSeconds(31));
        retrier.retryDue();
    }

    private KeptAlertsDesk desk(String apiKey) {
        return desk(apiKey, Duration.ofSeconds(5));
    }

    private KeptAlertsDesk desk(String apiKey, Duration readTimeout) {
        Open311Client client = new Open311Client(
                new RemoteSystem("open311", FastRemote.settings(readTimeout)),
                URI.create(server.baseUrl() + FakeOpen311.BASE),
                apiKey,
                "es.madrid");
        return new KeptAlertsDesk(client, kept, followUp, clock);
    }

    private static NewAlert alert(String key) {
        return new NewAlert(
                AlertsDeskContract.STREET_LIGHT,
                "Farola apagada delante del número 102",
                "Calle de Alcalá 102",
                new GeoPoint(40.4233, -3.6712),
                null,
                key,
                "conversation-1");
    }

    private static String ticket(Outcome<Alert> outcome) {
        return ((Outcome.Pending<Alert>) outcome).ticket();
    }

    private static <T> T done(Outcome<T> outcome) {
        assertThat(outcome.isDone()).as("%s", outcome).isTrue();
        return outcome.valueIfDone().orElseThrow();
    }
}
