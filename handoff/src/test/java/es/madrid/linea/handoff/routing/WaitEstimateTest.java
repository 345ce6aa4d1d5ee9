package es.madrid.linea.handoff.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitEstimateTest {

    private final WaitEstimate estimate = new WaitEstimate(Duration.ofMinutes(4));

    @Test
    void aCitizenAFreeAgentCanTakeNowHasNoWait() {
        assertThat(estimate.at("general", 2, new Router.Slots(3, 2))).isZero();
    }

    @Test
    void theWaitGrowsWithTheConversationsAheadAndShrinksWithTheAgentsAtWork() {
        assertThat(estimate.at("general", 3, new Router.Slots(2, 0))).isEqualTo(Duration.ofMinutes(6));
        assertThat(estimate.at("general", 3, new Router.Slots(6, 0))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void withNobodyAtWorkTheWaitIsCountedAsOneAgentsWork() {
        assertThat(estimate.at("general", 2, new Router.Slots(0, 0))).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void theHandlingTimeFollowsTheConversationsHandled() {
        estimate.handled("tributos", Duration.ofMinutes(10));
        estimate.handled("tributos", Duration.ofMinutes(5));

        assertThat(estimate.handleTime("tributos")).isEqualTo(Duration.ofMinutes(9));
        assertThat(estimate.handleTime("general")).isEqualTo(Duration.ofMinutes(4));
    }
}
