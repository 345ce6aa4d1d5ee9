package es.madrid.linea.backoffice.pending;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.backoffice.Databases;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The ledger of back-office orders: one attempt per key, replays, claims and hand-overs. */
class KeptRequestsTest {

    private final TestClock clock = TestClock.at("2026-11-30T09:00:00Z");
    private final KeptRequests kept = Databases.keptRequests(clock);
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aRepeatedKeyReplaysTheFirstAnswerWithoutAnotherAttempt() {
        Outcome<String> first =
                kept.submit("file_alert", "k", "c-1", "{}", succeeding("10000001"), Function.identity());
        Outcome<String> again =
                kept.submit("file_alert", "k", "c-1", "{}", succeeding("99999999"), Function.identity());

        assertThat(first).isEqualTo(Outcome.done("\"10000001\""));
        assertThat(again).isEqualTo(first);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void theSameKeySentAtOnceIsAttemptedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Outcome<String>>> sends = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                sends.add(() -> kept.submit("file_alert", "same", null, "{}", slowlySucceeding(), Function.identity()));
            }
            for (Future<Outcome<String>> sent : pool.invokeAll(sends)) {
                Outcome<String> outcome = sent.get();
                assertThat(outcome.isDone() || outcome.isPending()).isTrue();
            }

            assertThat(attempts).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusalIsReplayedAsTheSameFailure() {
        kept.submit(
                "book_appointment",
                "k",
                null,
                "{}",
                r -> new Attempt.Refused(Failure.SLOT_TAKEN, "full"),
                Function.identity());

        Outcome<String> again = kept.submit("book_appointment", "k", null, "{}", succeeding("x"), Function.identity());

        assertThat(again).isEqualTo(Outcome.failed(Failure.SLOT_TAKEN, "full"));
    }

    @Test
    void onlyOneRetrierClaimsADueRequest() {
        Outcome<String> pending = kept.submit(
                "file_alert", "k", null, "{}", r -> new Attempt.NotYet(false, null, "down"), Function.identity());
        String ticket = ((Outcome.Pending<String>) pending).ticket();

        assertThat(kept.due(10)).isEmpty();
        clock.advance(Duration.ofSeconds(31));

        assertThat(kept.due(10)).extracting(KeptRequest::id).containsExactly(ticket);
        assertThat(kept.claim(ticket)).isPresent();
        assertThat(kept.claim(ticket)).isEmpty();
    }

    @Test
    void anAttemptLeftHalfWayByAStoppedServiceIsRetriedAsUncertain() {
        Outcome<String> pending = kept.submit(
                "file_alert", "k", null, "{}", r -> new Attempt.NotYet(false, null, "down"), Function.identity());
        String ticket = ((Outcome.Pending<String>) pending).ticket();
        clock.advance(Duration.ofSeconds(31));
        kept.claim(ticket); // and then the service stopped

        clock.advance(Duration.ofMinutes(3));
        KeptRequest reclaimed = kept.claim(ticket).orElseThrow();

        assertThat(reclaimed.uncertain()).isTrue();
        assertThat(reclaimed.attempts()).isEqualTo(3);
    }

    @Test
    void theWaitBetweenAttemptsDoubles() {
        Outcome<String> pending = kept.submit(
                "file_alert", "k", null, "{}", r -> new Attempt.NotYet(false, null, "down"), Function.identity());
        String ticket = ((Outcome.Pending<String>) pending).ticket();
        assertThat(kept.byId(ticket).orElseThrow().nextAttemptAt())
                .isEqualTo(clock.instant().plusSeconds(30));

        clock.advance(Duration.ofSeconds(30));
        KeptRequest second = kept.claim(ticket).orElseThrow();
        kept.settle(second, new Attempt.NotYet(false, null, "still down"));

        assertThat(kept.byId(ticket).orElseThrow().nextAttemptAt())
                .isEqualTo(clock.instant().plusSeconds(60));
    }

    @Test
    void aRequestAPersonFinishedIsDoneAndStaysPendingForTheBot() {
        Outcome<String> pending = kept.submit(
                "file_alert", "k", null, "{}", r -> new Attempt.NeedsPerson("unknown"), Function.identity());
        KeptRequest review =
                kept.byId(((Outcome.Pending<String>) pending).ticket()).orElseThrow();
        assertThat(review.state()).isEqualTo(KeptRequest.State.REVIEW);

        KeptRequest resolved = kept.settle(review, new Attempt.Succeeded("10000009", null));

        assertThat(resolved.state()).isEqualTo(KeptRequest.State.DONE);
        assertThat(resolved.reference()).isEqualTo("10000009");
        assertThat(kept.submit("file_alert", "k", null, "{}", succeeding("x"), Function.identity())
                        .isPending())
                .isTrue();
    }

    private Function<KeptRequest, Attempt> succeeding(String code) {
        return request -> {
            attempts.incrementAndGet();
            return new Attempt.Succeeded(code, "\"" + code + "\"");
        };
    }

    private Function<KeptRequest, Attempt> slowlySucceeding() {
        return request -> {
            attempts.incrementAndGet();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Attempt.Succeeded("1", "\"1\"");
        };
    }
}
