package es.madrid.linea.handoff.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.testing.TestClock;
import es.madrid.linea.handoff.routing.RoutingEvent.Assigned;
import es.madrid.linea.handoff.routing.RoutingEvent.OfferWithdrawn;
import es.madrid.linea.handoff.routing.RoutingEvent.Offered;
import es.madrid.linea.handoff.routing.RoutingEvent.SetAway;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final Duration OFFER_TIMEOUT = Duration.ofSeconds(30);

    private final TestClock clock = TestClock.at("2026-11-30T09:00:00Z");
    private final Router router = new Router(OFFER_TIMEOUT);

    @Nested
    class PriorityFirst {

        @Test
        void aPriorityCitizenWhoArrivesLaterIsAheadInTheQueue() {
            waits("c-juan", "general", false);
            later();
            waits("c-carmen", "general", true);

            assertThat(router.queue("general"))
                    .extracting(QueueEntry::conversationId)
                    .containsExactly("c-carmen", "c-juan");
            assertThat(router.position("c-carmen")).contains(1);
            assertThat(router.position("c-juan")).contains(2);
        }

        @Test
        void anAgentOfBothGroupsIsOfferedThePriorityGroupsCitizenBeforeTheGeneralQueue() {
            waits("c-juan", "general", false);
            later();
            waits("c-carmen", "mayores", true);

            List<RoutingEvent> events = signsIn(agent("ana", 1, "general", "mayores"));

            assertThat(events).containsExactly(new Offered("ana", "c-carmen", expiry()));
            assertThat(router.waiting("c-juan").orElseThrow().offeredTo()).isNull();
        }

        @Test
        void amongEqualsTheOneWhoWaitedLongestGoesFirst() {
            waits("c-1", "general", false);
            later();
            waits("c-2", "general", false);

            assertThat(signsIn(agent("ana", 1, "general"))).containsExactly(new Offered("ana", "c-1", expiry()));
        }
    }

    @Nested
    class Skills {

        @Test
        void aConversationGoesOnlyToAgentsOfItsGroup() {
            signsIn(agent("luis", 3, "general"));

            List<RoutingEvent> events = waits("c-ibi", "tributos", false);

            assertThat(events).isEmpty();
            assertThat(signsIn(agent("marta", 3, "tributos"))).containsExactly(new Offered("marta", "c-ibi", expiry()));
        }

        @Test
        void anAgentCannotTakeAConversationOfAQueueTheyDoNotAttend() {
            signsIn(agent("luis", 3, "general"));
            waits("c-ibi", "tributos", false);

            assertThatThrownBy(() -> router.accept("luis", "c-ibi", clock.instant()))
                    .isInstanceOf(RoutingRefusal.class)
                    .extracting(e -> ((RoutingRefusal) e).code())
                    .isEqualTo("not_your_queue");
        }

        @Test
        void theGroupIsAttendedOnlyWhileSomeoneOfItIsSignedInAndAtWork() {
            assertThat(router.attended("general")).isFalse();
            signsIn(agent("ana", 1, "general"));
            assertThat(router.attended("general")).isTrue();
            assertThat(router.attended("tributos")).isFalse();

            router.presence("ana", Presence.BUSY, clock.instant());
            assertThat(router.attended("general")).isTrue();
            router.presence("ana", Presence.AWAY, clock.instant());
            assertThat(router.attended("general")).isFalse();
        }
    }

    @Nested
    class Capacity {

        @Test
        void anAgentIsNeverOfferedMoreThanTheyCanHold() {
            signsIn(agent("ana", 2, "general"));

            waits("c-1", "general", false);
            waits("c-2", "general", false);
            List<RoutingEvent> third = waits("c-3", "general", false);

            assertThat(third).isEmpty();
            assertThat(router.agentStatus("ana").orElseThrow().offers()).containsExactly("c-1", "c-2");
        }

        @Test
        void whenAnAgentFinishesAConversationTheNextWaitingOneIsOfferedToThem() {
            signsIn(agent("ana", 1, "general"));
            waits("c-1", "general", false);
            router.accept("ana", "c-1", clock.instant());
            waits("c-2", "general", false);

            List<RoutingEvent> events = router.release("c-1", clock.instant());

            assertThat(events).containsExactly(new Offered("ana", "c-2", expiry()));
        }

        @Test
        void anAgentAtCapacityCannotPullAnotherConversation() {
            signsIn(agent("ana", 1, "general"));
            waits("c-1", "general", false);
            router.accept("ana", "c-1", clock.instant());
            waits("c-2", "general", false);

            assertThatThrownBy(() -> router.accept("ana", "c-2", clock.instant()))
                    .isInstanceOf(RoutingRefusal.class)
                    .hasMessageContaining("máximo");
        }
    }

    @Nested
    class PresenceAndIdleness {

        @Test
        void busyAndAwayAgentsReceiveNoOffersUntilTheyAreAvailable() {
            signsIn(agent("ana", 3, "general"));
            router.presence("ana", Presence.BUSY, clock.instant());

            assertThat(waits("c-1", "general", false)).isEmpty();
            router.presence("ana", Presence.AWAY, clock.instant());
            assertThat(router.presence("ana", Presence.AVAILABLE, clock.instant()))
                    .containsExactly(new Offered("ana", "c-1", expiry()));
        }

        @Test
        void anAgentWhoGoesAwayGivesBackTheirOffers() {
            signsIn(agent("ana", 3, "general"));
            waits("c-1", "general", false);
            signsIn(agent("luis", 3, "general"));

            List<RoutingEvent> events = router.presence("ana", Presence.AWAY, clock.instant());

            assertThat(events).containsExactly(new OfferWithdrawn("ana", "c-1"), new Offered("luis", "c-1", expiry()));
        }

        @Test
        void anAgentWhoClosesTheirLastConsoleGetsNoOffers() {
            signsIn(agent("ana", 3, "general"));
            router.connect("ana", clock.instant());
            router.disconnect("ana", clock.instant());

            assertThat(waits("c-1", "general", false)).hasSize(1);
            router.disconnect("ana", clock.instant());
            assertThat(router.waiting("c-1").orElseThrow().offeredTo()).isNull();
        }

        @Test
        void theAgentIdleTheLongestIsOfferedTheConversation() {
            signsIn(agent("ana", 3, "general"));
            later();
            signsIn(agent("luis", 3, "general"));

            assertThat(waits("c-1", "general", false)).containsExactly(new Offered("ana", "c-1", expiry()));
        }

        @Test
        void anAgentWithNoConversationIsPreferredToOneAlreadyAttending() {
            signsIn(agent("ana", 3, "general"));
            waits("c-1", "general", false);
            router.accept("ana", "c-1", clock.instant());
            later();
            signsIn(agent("luis", 3, "general"));

            assertThat(waits("c-2", "general", false)).containsExactly(new Offered("luis", "c-2", expiry()));
        }

        @Test
        void finishingAConversationMakesTheAgentIdleFromThatMoment() {
            signsIn(agent("ana", 1, "general"));
            signsIn(agent("luis", 1, "general"));
            waits("c-1", "general", false);
            router.accept("ana", "c-1", clock.instant());
            waits("c-2", "general", false);
            router.accept("luis", "c-2", clock.instant());
            later();
            router.release("c-2", clock.instant());
            later();
            router.release("c-1", clock.instant());

            assertThat(waits("c-3", "general", false)).containsExactly(new Offered("luis", "c-3", expiry()));
        }
    }

    @Nested
    class Timeouts {

        @Test
        void anOfferNotAcceptedInTimeGoesToTheNextAgentAndTheLateOneIsSetAway() {
            signsIn(agent("ana", 3, "general"));
            later();
            signsIn(agent("luis", 3, "general"));
            waits("c-1", "general", false);

            clock.advance(OFFER_TIMEOUT.minusSeconds(1));
            assertThat(router.tick(clock.instant())).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            List<RoutingEvent> events = router.tick(clock.instant());

            assertThat(events)
                    .containsExactly(
                            new OfferWithdrawn("ana", "c-1"),
                            new SetAway("ana"),
                            new Offered("luis", "c-1", clock.instant().plus(OFFER_TIMEOUT)));
            assertThat(router.agentStatus("ana").orElseThrow().presence()).isEqualTo(Presence.AWAY);
        }

        @Test
        void whenNobodyElseCanTakeItTheOfferReturnsToTheAgentWhoMissedItOnceTheyAreBack() {
            signsIn(agent("ana", 3, "general"));
            waits("c-1", "general", false);
            clock.advance(OFFER_TIMEOUT);
            router.tick(clock.instant());

            List<RoutingEvent> events = router.presence("ana", Presence.AVAILABLE, clock.instant());

            assertThat(events)
                    .containsExactly(new Offered("ana", "c-1", clock.instant().plus(OFFER_TIMEOUT)));
        }

        @Test
        void aTransferToAColleagueIsHeldForThemUntilTheOfferTimesOut() {
            signsIn(agent("ana", 3, "general"));
            signsIn(agent("luis", 3, "general"));
            router.presence("luis", Presence.BUSY, clock.instant());

            assertThat(router.enqueue(ticket("c-1", "general", false, clock.instant()), "luis", clock.instant()))
                    .isEmpty();
            clock.advance(OFFER_TIMEOUT);
            assertThat(router.tick(clock.instant())).containsExactly(new Offered("ana", "c-1", expiry()));
        }

        @Test
        void aTransferToAnAvailableColleagueIsOfferedToThemFirst() {
            signsIn(agent("ana", 3, "general"));
            signsIn(agent("luis", 3, "general"));

            assertThat(router.enqueue(ticket("c-1", "general", false, clock.instant()), "luis", clock.instant()))
                    .containsExactly(new Offered("luis", "c-1", expiry()));
        }
    }

    @Nested
    class Accepting {

        @Test
        void anAgentMayTakeAConversationOfferedToAColleagueWhoLosesTheOffer() {
            signsIn(agent("ana", 3, "general"));
            later();
            signsIn(agent("luis", 3, "general"));
            waits("c-1", "general", false);

            List<RoutingEvent> events = router.accept("luis", "c-1", clock.instant());

            assertThat(events).containsExactly(new OfferWithdrawn("ana", "c-1"), new Assigned("luis", "c-1"));
            assertThat(router.assignment("c-1").orElseThrow().agent()).isEqualTo("luis");
            assertThat(router.agentStatus("ana").orElseThrow().offers()).isEmpty();
        }

        @Test
        void aConversationAlreadyTakenCannotBeAcceptedAgain() {
            signsIn(agent("ana", 3, "general"));
            signsIn(agent("luis", 3, "general"));
            waits("c-1", "general", false);
            router.accept("ana", "c-1", clock.instant());

            assertThatThrownBy(() -> router.accept("luis", "c-1", clock.instant()))
                    .isInstanceOf(RoutingRefusal.class)
                    .extracting(e -> ((RoutingRefusal) e).code())
                    .isEqualTo("not_waiting");
        }

        @Test
        void aTransferredConversationKeepsItsPlaceAndLeavesItsAgent() {
            signsIn(agent("ana", 3, "general", "tributos"));
            Instant asked = clock.instant();
            waits("c-1", "general", false);
            router.accept("ana", "c-1", clock.instant());
            later();
            waits("c-2", "tributos", false);
            router.presence("ana", Presence.BUSY, clock.instant());

            router.enqueue(ticket("c-1", "tributos", false, asked), null, clock.instant());

            assertThat(router.agentStatus("ana").orElseThrow().conversations()).isEmpty();
            assertThat(router.queue("tributos"))
                    .extracting(QueueEntry::conversationId)
                    .containsExactly("c-1", "c-2");
        }
    }

    @Test
    void theSlotsOfAGroupCountWhatItsAgentsAtWorkCanHoldAndWhatIsFree() {
        signsIn(agent("ana", 2, "general"));
        signsIn(agent("luis", 3, "general"));
        router.presence("luis", Presence.BUSY, clock.instant());
        waits("c-1", "general", false);

        assertThat(router.slots("general")).isEqualTo(new Router.Slots(5, 1));
    }

    private AgentProfile agent(String name, int capacity, String... groups) {
        return new AgentProfile(name, name, Set.of(groups), capacity);
    }

    private List<RoutingEvent> signsIn(AgentProfile profile) {
        router.know(profile, Presence.AVAILABLE);
        return router.connect(profile.name(), clock.instant());
    }

    private List<RoutingEvent> waits(String conversationId, String queue, boolean priority) {
        return router.enqueue(ticket(conversationId, queue, priority, clock.instant()), null, clock.instant());
    }

    private static Ticket ticket(String conversationId, String queue, boolean priority, Instant requestedAt) {
        return new Ticket(conversationId, queue, priority, "citizen_asked", requestedAt, "web");
    }

    private void later() {
        clock.advance(Duration.ofSeconds(5));
    }

    private Instant expiry() {
        return clock.instant().plus(OFFER_TIMEOUT);
    }
}
