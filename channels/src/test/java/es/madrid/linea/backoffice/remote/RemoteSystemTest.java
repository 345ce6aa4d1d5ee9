package es.madrid.linea.backoffice.remote;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timeouts, retries and the circuit breaker every external call goes through. */
class RemoteSystemTest {

    private WireMockServer server;
    private RemoteSystem remote;

    @BeforeEach
    void setUp() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        remote = new RemoteSystem("test", settings(Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    @Test
    void aReadIsRetriedAfterAServerErrorWithBackoff() {
        server.stubFor(get(urlEqualTo("/x")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> call(true)).isInstanceOfSatisfying(RemoteFailure.class, failure -> {
            assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN);
            assertThat(failure.status()).isEqualTo(500);
        });
        server.verify(3, getRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void anOrderIsNotRepeatedAfterAServerErrorButIsWhenNothingReachedTheSystem() {
        server.stubFor(post(urlEqualTo("/x")).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> order()).isInstanceOf(RemoteFailure.class);
        server.verify(1, postRequestedFor(urlEqualTo("/x")));

        server.resetAll();
        server.stubFor(post(urlEqualTo("/x")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> order())
                .isInstanceOfSatisfying(
                        RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(RemoteFailure.Kind.NOTHING_DONE));
        server.verify(3, postRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void aSlowAnswerTimesOut() {
        RemoteSystem impatient = new RemoteSystem("slow", settings(Duration.ofMillis(300), Duration.ofSeconds(30)));
        server.stubFor(get(urlEqualTo("/x"))
                .willReturn(aResponse().withStatus(200).withBody("late").withFixedDelay(2000)));

        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient.exchange("read", request(), false, body -> body))
                .isInstanceOfSatisfying(
                        RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1900));
    }

    @Test
    void aRefusalOrAMissingThingIsNotRetriedAndDoesNotOpenTheCircuit() {
        server.stubFor(get(urlEqualTo("/x")).willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < 12; i++) {
            assertThatThrownBy(() -> call(true))
                    .isInstanceOfSatisfying(
                            RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(RemoteFailure.Kind.NOT_FOUND));
        }

        server.verify(12, getRequestedFor(urlEqualTo("/x")));
        assertThat(remote.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aMalformedAnswerIsAnUnknownOutcome() {
        server.stubFor(
                get(urlEqualTo("/x")).willReturn(aResponse().withStatus(200).withBody("{")));

        assertThatThrownBy(() -> remote.exchange("read", request(), false, body -> {
                    if (!body.endsWith("}")) {
                        throw new IllegalStateException("not JSON");
                    }
                    return body;
                }))
                .isInstanceOfSatisfying(
                        RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN));
    }

    @Test
    void aSystemNobodyAnswersSurelyDidNothing() {
        int port = server.port();
        server.stop();

        assertThatThrownBy(() -> remote.exchange(
                        "read",
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/x"))
                                .GET(),
                        false,
                        b -> b))
                .isInstanceOfSatisfying(
                        RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(RemoteFailure.Kind.NOTHING_DONE));
        server.start();
    }

    @Test
    void theCircuitOpensAfterFailuresAndTriesAgainLater() throws InterruptedException {
        RemoteSystem breaking = new RemoteSystem("breaking", settings(Duration.ofSeconds(5), Duration.ofMillis(500)));
        server.stubFor(get(urlEqualTo("/x")).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> breaking.exchange("read", request(), true, b -> b))
                    .isInstanceOf(RemoteFailure.class);
        }
        assertThat(breaking.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        int reached = count();

        assertThatThrownBy(() -> breaking.exchange("read", request(), true, b -> b))
                .isInstanceOfSatisfying(
                        RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(RemoteFailure.Kind.NOTHING_DONE));
        assertThat(count()).isEqualTo(reached);

        Thread.sleep(700);
        server.resetAll();
        server.stubFor(
                get(urlEqualTo("/x")).willReturn(aResponse().withStatus(200).withBody("back")));
        String answer = breaking.exchange("read", request(), true, b -> b);
        assertThat(answer).isEqualTo("back");
        assertThat(breaking.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private String call(boolean repeatable) {
        return remote.exchange("read", request(), repeatable, body -> body);
    }

    private String order() {
        return remote.exchange(
                "order",
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/x"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")),
                false,
                body -> body);
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/x")).GET();
    }

    private int count() {
        return server.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();
    }

    private static RemoteSettings settings(Duration readTimeout, Duration openFor) {
        return new RemoteSettings(Duration.ofMillis(500), readTimeout, 3, Duration.ofMillis(10), 50, 5, openFor);
    }
}
