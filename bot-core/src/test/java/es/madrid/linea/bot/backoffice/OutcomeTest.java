package es.madrid.linea.bot.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void aDoneOutcomeCarriesItsValueThroughMapAndFlatMap() {
        Outcome<Integer> done = Outcome.done(20);

        assertThat(done.map(n -> n + 1).valueIfDone()).contains(21);
        assertThat(done.flatMap(n -> Outcome.<String>failed(Failure.REJECTED, "no"))
                        .failureIfFailed())
                .contains(Failure.REJECTED);
        assertThat(done.isDone()).isTrue();
        assertThat(done.failureIfFailed()).isEmpty();
    }

    @Test
    void pendingAndFailedOutcomesStayWhatTheyAre() {
        Outcome<Integer> pending = Outcome.pending("t-1");
        Outcome<Integer> failed = Outcome.failed(Failure.UNAVAILABLE, "down");

        assertThat(pending.map(n -> n + 1)).isEqualTo(Outcome.pending("t-1"));
        assertThat(pending.flatMap(n -> Outcome.done("x"))).isEqualTo(Outcome.pending("t-1"));
        assertThat(failed.map(n -> n + 1)).isEqualTo(Outcome.failed(Failure.UNAVAILABLE, "down"));
        assertThat(pending.isPending()).isTrue();
        assertThat(failed.valueIfDone()).isEmpty();
    }
}
