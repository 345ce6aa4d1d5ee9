package es.madrid.linea.handoff.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationClosed;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationStatus;
import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.handoff.HandoffRoute;
import es.madrid.linea.bot.handoff.QueueStanding;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.handoff.desk.AgentDeskView.HeldView;
import es.madrid.linea.handoff.desk.AgentDeskView.OfferView;
import es.madrid.linea.handoff.packet.HandoffPacket;
import es.madrid.linea.handoff.routing.AgentProfile;
import es.madrid.linea.handoff.routing.Presence;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SwitchboardTest {

    /** Monday 30 November 2026, 10:00 in Madrid. */
    private static final String MONDAY_MORNING = "2026-11-30T09:00:00Z";

    private final DeskFixture desk = new DeskFixture(
            MONDAY_MORNING,
            List.of("MON-FRI 08:30-20:00"),
            List.of(
                    new AgentProfile("ana", "Ana", Set.of("general", "mayores"), 2),
                    new AgentProfile("luis", "Luis", Set.of("general", "tributos"), 2),
                    new AgentProfile("marta", "Marta", Set.of("tributos"), 2)));

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    @Nested
    class ACitizenWhoAsksForAPerson {

        @Test
        void isOfferedToAnAvailableAgentAndToldTheirPlaceWithAWayToLeave() {
            desk.signIn("ana");

            String id = desk.citizenWhoAsksForAPerson();

            assertThat(desk.conversations.conversation(id).status()).isEqualTo(ConversationStatus.WAITING_AGENT);
            Reply told = lastBotReply(id);
            assertThat(told.text()).startsWith("Estás en la posición 1 de la cola.");
            assertThat(((Reply.Options) told).options()).extracting(o -> o.id()).containsExactly("handoff:leave");
            assertThat(desk.consoles.lastDesk("ana").offers())
                    .extracting(OfferView::conversationId)
                    .containsExactly(id);
            assertThat(desk.consoles.notices("ana"))
                    .extracting(AgentConsoles.Notice::code)
                    .contains("offered");
            assertThat(desk.board.standing(id)).map(QueueStanding::position).contains(1);
        }

        @Test
        void getsTheAgentWhoAcceptsWithTheWholePacketAndTheirMessagesBothWays() {
            desk.signIn("ana");
            String id = desk.citizenWhoAsksForAPerson();
            desk.says(id, InboundMessage.text("es por una farola"));

            HandoffPacket packet = desk.switchboard.accept("ana", id);
            desk.says(id, InboundMessage.text("¿sigue ahí?"));
            desk.switchboard.reply("ana", id, "Sí, dime la calle, por favor.");
            desk.switchboard.settle();

            assertThat(packet.transcript()).extracting(HandoffPacket.Line::text).contains("es por una farola");
            assertThat(packet.handoff().reason()).isEqualTo("citizen_asked");
            assertThat(desk.consoles.packets("ana")).containsExactly(packet);
            assertThat(recorded(id, AgentJoined.class)).containsExactly(new AgentJoined("ana"));
            assertThat(recorded(id, AgentUttered.class))
                    .containsExactly(new AgentUttered("ana", "Sí, dime la calle, por favor."));
            assertThat(desk.consoles.events("ana"))
                    .extracting(e -> e.get("type").asString() + ":"
                            + (e.has("text") ? e.get("text").asString() : ""))
                    .containsSubsequence("user:¿sigue ahí?", "agent:Sí, dime la calle, por favor.");
            assertThat(desk.consoles.lastDesk("ana").conversations())
                    .extracting(HeldView::conversationId)
                    .containsExactly(id);
            assertThat(desk.board.standing(id)).isEmpty();
        }

        @Test
        void isToldWhenTheirPlaceMovesUp() {
            desk.signIn("ana");
            desk.switchboard.presence("ana", Presence.BUSY);
            String first = desk.citizenWhoAsksForAPerson();
            String second = desk.citizenWhoAsksForAPerson();
            assertThat(lastBotReply(second).text()).startsWith("Estás en la posición 2 de la cola.");

            desk.switchboard.presence("ana", Presence.AVAILABLE);
            desk.switchboard.accept("ana", first);

            assertThat(lastBotReply(second).text()).startsWith("Ahora estás en la posición 1.");
        }

        @Test
        void mayLeaveTheQueueAndIsBackWithTheBot() {
            desk.signIn("ana");
            String id = desk.citizenWhoAsksForAPerson();

            desk.says(id, InboundMessage.of(null, "handoff:leave", null, null));

            assertThat(desk.conversations.conversation(id).status()).isEqualTo(ConversationStatus.BOT);
            assertThat(lastBotReply(id).text()).isEqualTo(CitizenNotices.LEFT_QUEUE);
            assertThat(desk.consoles.lastDesk("ana").offers()).isEmpty();
            assertThat(desk.open.all()).doesNotContain(id);
        }
    }

    @Nested
    class Routing {

        @Test
        void withNobodySignedInTheBoardSaysThereAreNoAgents() {
            String id = desk.citizen(CitizenProfile.anonymous());

            HandoffRoute route = desk.board.route(desk.conversations.conversation(id), false);

            assertThat(route.availability()).isEqualTo(HandoffRoute.Availability.NO_AGENTS);
        }

        @Test
        void aPriorityCitizenAskingAboutTheIbiGoesToThePriorityGroupWhenItIsAttended() {
            desk.signIn("marta");
            String id = desk.citizen(new CitizenProfile("Carmen", null, 1948, null, null, null));
            desk.says(id, InboundMessage.text("quiero pagar el IBI"));

            assertThat(desk.board
                            .route(desk.conversations.conversation(id), true)
                            .queue())
                    .isEqualTo("tributos");
            desk.signIn("ana");
            assertThat(desk.board
                            .route(desk.conversations.conversation(id), true)
                            .queue())
                    .isEqualTo("mayores");
        }

        @Test
        void theTopicComesFromTheLatestEvidenceNotFromTheWholeLog() {
            desk.signIn("marta");
            String id = desk.citizen(CitizenProfile.anonymous());
            desk.says(id, InboundMessage.text("quiero pagar el IBI"));
            assertThat(desk.board
                            .route(desk.conversations.conversation(id), false)
                            .queue())
                    .isEqualTo("tributos");

            while (desk.conversations.conversation(id).lastSeq() < 200) {
                desk.says(id, InboundMessage.text("hola"));
            }

            // The IBI is more than DeskBoard.TOPIC_EVIDENCE_EVENTS events back: a long log is not read whole.
            assertThat(desk.board
                            .route(desk.conversations.conversation(id), false)
                            .queue())
                    .isEqualTo("general");
        }

        @Test
        void anOfferNotAcceptedInTimeGoesToAColleagueAndTheLateAgentIsSetAway() {
            desk.signIn("ana");
            String id = desk.citizenWhoAsksForAPerson();
            desk.signIn("luis");

            desk.clock.advance(DeskFixture.OFFER_TIMEOUT);
            desk.switchboard.tickNow();

            assertThat(desk.consoles.lastDesk("luis").offers())
                    .extracting(OfferView::conversationId)
                    .containsExactly(id);
            assertThat(desk.consoles.lastDesk("ana").presence()).isEqualTo("away");
            assertThat(desk.consoles.notices("ana"))
                    .extracting(AgentConsoles.Notice::code)
                    .contains("set_away");
        }
    }

    @Nested
    class AnAgentWithAConversation {

        @Test
        void transfersItToAnotherGroupWhereItKeepsItsTurn() {
            desk.signIn("ana");
            String id = desk.citizenWhoAsksForAPerson();
            desk.switchboard.accept("ana", id);

            desk.switchboard.transfer("ana", id, "tributos", null);
            desk.switchboard.settle();

            assertThat(desk.conversations.conversation(id).handoff().queue()).isEqualTo("tributos");
            assertThat(recorded(id, HandoffRequested.class))
                    .extracting(HandoffRequested::reason)
                    .containsExactly("citizen_asked", "transfer");
            assertThat(desk.consoles.lastDesk("ana").conversations()).isEmpty();
            assertThat(desk.consoles.events("ana"))
                    .extracting(e -> e.get("type").asString())
                    .contains("handoff_requested");
            desk.signIn("marta");
            assertThat(desk.consoles.lastDesk("marta").offers())
                    .extracting(OfferView::conversationId)
                    .containsExactly(id);
        }

        @Test
        void transfersItToAColleagueWhoIsOfferedItFirst() {
            desk.signIn("ana");
            desk.signIn("luis");
            String id = desk.citizenWhoAsksForAPerson();
            desk.switchboard.accept("ana", id);

            desk.switchboard.transfer("ana", id, null, "luis");
            desk.switchboard.settle();

            assertThat(desk.consoles.lastDesk("luis").offers())
                    .extracting(OfferView::conversationId)
                    .containsExactly(id);
            assertThat(lastBotReply(id).text())
                    .startsWith("Estás en la posición 1")
                    .isNotNull();
        }

        @Test
        void returnsItToTheBot() {
            desk.signIn("ana");
            String id = desk.citizenWhoAsksForAPerson();
            desk.switchboard.accept("ana", id);

            desk.switchboard.resume("ana", id);
            desk.switchboard.settle();

            assertThat(desk.conversations.conversation(id).status()).isEqualTo(ConversationStatus.BOT);
            assertThat(lastBotReply(id).text()).isEqualTo(CitizenNotices.BACK_TO_BOT);
            assertThat(desk.consoles.lastDesk("ana").conversations()).isEmpty();
            assertThat(desk.open.all()).doesNotContain(id);
        }

        @Test
        void closesItWithAnOutcome() {
            desk.signIn("ana");
            String id = desk.citizenWhoAsksForAPerson();
            desk.switchboard.accept("ana", id);

            assertThatThrownBy(() -> desk.switchboard.close("ana", id, "whatever"))
                    .isInstanceOf(RoutingRefusal.class);
            desk.switchboard.close("ana", id, "solved");

            assertThat(recorded(id, ConversationClosed.class)).containsExactly(new ConversationClosed("solved", "ana"));
            assertThat(desk.conversations.conversation(id).status()).isEqualTo(ConversationStatus.CLOSED);
        }

        @Test
        void writesPrivateNotesThatReachThePacketButNeverTheLog() {
            desk.signIn("ana");
            String id = desk.citizenWhoAsksForAPerson();
            desk.switchboard.accept("ana", id);

            desk.switchboard.note("ana", id, "Prefiere que la llamen por la tarde");

            assertThat(desk.switchboard.packet("ana", id, false).notes())
                    .extracting(HandoffPacket.Note::text)
                    .containsExactly("Prefiere que la llamen por la tarde");
            assertThat(desk.conversations.events(id))
                    .extracting(e -> e.event().toString())
                    .noneMatch(text -> text.contains("por la tarde"));
        }

        @Test
        void isTheOnlyOneWhoMayWriteInItOrReadItsPacket() {
            desk.signIn("ana");
            desk.signIn("luis");
            String id = desk.citizenWhoAsksForAPerson();
            desk.switchboard.accept("ana", id);

            assertThatThrownBy(() -> desk.switchboard.reply("luis", id, "hola"))
                    .isInstanceOf(RoutingRefusal.class)
                    .hasMessage("Esa conversación no está asignada a ti.");
            assertThatThrownBy(() -> desk.switchboard.packet("luis", id, false)).isInstanceOf(RoutingRefusal.class);
            assertThat(desk.switchboard.packet("supervisor", id, true).conversationId())
                    .isEqualTo(id);
        }

        @Test
        void cannotSendAnEmptyReply() {
            desk.signIn("ana");
            String id = desk.citizenWhoAsksForAPerson();
            desk.switchboard.accept("ana", id);

            assertThatThrownBy(() -> desk.switchboard.reply("ana", id, "   "))
                    .isInstanceOf(RoutingRefusal.class)
                    .hasMessage("Escribe el mensaje antes de enviarlo.");
        }
    }

    @Nested
    class AnAgentWhoLosesTheirConnection {

        @Test
        void keepsTheirConversationsIfTheyComeBackInTime() {
            desk.signIn("ana");
            String id = desk.citizenWhoAsksForAPerson();
            desk.switchboard.accept("ana", id);

            desk.switchboard.disconnected("ana-session");
            desk.switchboard.settle();
            desk.clock.advance(DeskFixture.RECONNECT_GRACE.minusSeconds(1));
            desk.switchboard.tickNow();
            desk.signIn("ana");
            desk.clock.advance(Duration.ofMinutes(5));
            desk.switchboard.tickNow();

            assertThat(desk.consoles.lastDesk("ana").conversations())
                    .extracting(HeldView::conversationId)
                    .containsExactly(id);
        }

        @Test
        void handsThemToAColleagueAfterTheGraceAndTheCitizenIsTold() {
            desk.signIn("ana");
            String id = desk.citizenWhoAsksForAPerson();
            desk.switchboard.accept("ana", id);
            desk.signIn("luis");

            desk.switchboard.disconnected("ana-session");
            desk.switchboard.settle();
            desk.clock.advance(DeskFixture.RECONNECT_GRACE);
            desk.switchboard.tickNow();
            desk.switchboard.settle();

            assertThat(recorded(id, HandoffRequested.class))
                    .extracting(HandoffRequested::reason)
                    .containsExactly("citizen_asked", "agent_left");
            assertThat(desk.consoles.lastDesk("luis").offers())
                    .extracting(OfferView::conversationId)
                    .containsExactly(id);
            assertThat(recorded(id, BotUttered.class))
                    .extracting(b -> b.reply().text())
                    .contains(CitizenNotices.AGENT_LEFT);
        }
    }

    @Test
    void supervisorsGetTheBoardOfQueuesAndAgentsWheneverItChanges() {
        desk.signIn("ana");
        desk.switchboard.presence("ana", Presence.BUSY);
        desk.signIn("luis");
        desk.switchboard.presence("luis", Presence.BUSY);
        String id = desk.citizenWhoAsksForAPerson();
        desk.switchboard.settle();

        DeskSnapshot waiting = lastBoard();
        assertThat(waiting.queues())
                .filteredOn(q -> q.group().name().equals("general"))
                .flatExtracting(DeskSnapshot.QueueSummary::waiting)
                .extracting(e -> e.conversationId())
                .containsExactly(id);
        assertThat(waiting.agents())
                .extracting(DeskSnapshot.AgentSummary::name, DeskSnapshot.AgentSummary::presence)
                .contains(org.assertj.core.groups.Tuple.tuple("ana", "busy"));

        desk.switchboard.presence("ana", Presence.AVAILABLE);
        desk.switchboard.accept("ana", id);
        desk.switchboard.settle();

        DeskSnapshot.AgentSummary ana = lastBoard().agents().stream()
                .filter(a -> a.name().equals("ana"))
                .findFirst()
                .orElseThrow();
        assertThat(ana.conversations()).containsExactly(id);
        assertThat(ana.capacity()).isEqualTo(2);
        assertThat(ana.connected()).isTrue();
        int boards = desk.consoles.boards().size();
        desk.switchboard.settle();
        assertThat(desk.consoles.boards()).as("nothing changed, nothing pushed").hasSize(boards);
    }

    @Test
    void aSupervisorReassignsAWaitingOrAHeldConversationToAnAgentWhoIsOfferedItFirst() {
        desk.signIn("ana");
        desk.signIn("luis");
        desk.switchboard.presence("luis", Presence.BUSY);
        String id = desk.citizenWhoAsksForAPerson();
        desk.switchboard.accept("ana", id);
        desk.switchboard.presence("luis", Presence.AVAILABLE);

        desk.switchboard.reassign("sara", id, null, "luis");
        desk.switchboard.settle();

        assertThat(desk.consoles.lastDesk("luis").offers())
                .extracting(OfferView::conversationId)
                .containsExactly(id);
        assertThat(desk.consoles.lastDesk("ana").conversations()).isEmpty();
        assertThat(recorded(id, HandoffRequested.class))
                .extracting(HandoffRequested::reason)
                .containsExactly("citizen_asked", AgentCommands.REASSIGNED);

        desk.switchboard.reassign("sara", id, "tributos", null);
        desk.switchboard.settle();
        assertThat(desk.board.standing(id)).map(QueueStanding::queue).contains("tributos");

        assertThatThrownBy(() ->
                        desk.switchboard.reassign("sara", desk.citizen(CitizenProfile.anonymous()), "general", null))
                .isInstanceOf(RoutingRefusal.class)
                .extracting(e -> ((RoutingRefusal) e).code())
                .isEqualTo("not_with_people");
    }

    @Test
    void aSupervisorWhoIsNotAnAgentStartsAwayAndIsOfferedNothingUntilAvailable() {
        desk.signIn("ana");
        desk.switchboard.presence("ana", Presence.BUSY);
        desk.switchboard.connected("sara", "sara-session", true);
        String id = desk.citizenWhoAsksForAPerson();
        desk.switchboard.settle();

        assertThat(desk.consoles.lastDesk("sara").presence()).isEqualTo("away");
        assertThat(desk.consoles.lastDesk("sara").offers()).isEmpty();

        desk.switchboard.presence("sara", Presence.AVAILABLE);
        desk.switchboard.settle();
        assertThat(desk.consoles.lastDesk("sara").offers())
                .extracting(OfferView::conversationId)
                .containsExactly(id);
    }

    private DeskSnapshot lastBoard() {
        List<DeskSnapshot> boards = desk.consoles.boards();
        assertThat(boards).isNotEmpty();
        return boards.get(boards.size() - 1);
    }

    @Test
    void anAgentMayPickUpAConversationTheBotIsHaving() {
        desk.signIn("ana");
        String id = desk.citizen(CitizenProfile.anonymous());

        HandoffPacket packet = desk.switchboard.pickUp("ana", id);
        desk.switchboard.settle();

        assertThat(packet.handoff().reason()).isEqualTo("agent_pickup");
        assertThat(desk.conversations.conversation(id).status()).isEqualTo(ConversationStatus.WITH_AGENT);
        assertThat(desk.consoles.lastDesk("ana").conversations())
                .extracting(HeldView::conversationId)
                .containsExactly(id);
    }

    @Test
    void callbacksTheBotStoredAreListedToTheGroupsAgentsUntilOneIsDone() {
        desk.signIn("ana");
        String id = desk.citizen(CitizenProfile.anonymous());
        desk.switchboard.presence("ana", Presence.AWAY);
        desk.says(id, InboundMessage.of(null, "menu:persona", null, null));
        desk.says(id, InboundMessage.of(null, "handoff:callback", null, null));
        desk.says(id, InboundMessage.text("600 11 22 33"));

        List<CallbackTask> listed = desk.consoles.lastDesk("ana").callbacks();
        assertThat(listed).extracting(CallbackTask::phone).containsExactly("+34600112233");
        desk.switchboard.completeCallback("ana", listed.get(0).id(), "called");

        assertThat(desk.consoles.lastDesk("ana").callbacks()).isEmpty();
        assertThatThrownBy(() ->
                        desk.switchboard.completeCallback("ana", listed.get(0).id(), "called"))
                .isInstanceOf(RoutingRefusal.class);
    }

    @Test
    void afterARestartWaitingConversationsWaitAgainAndAgentsGetTheirConversationsBack() {
        desk.signIn("ana");
        String held = desk.citizenWhoAsksForAPerson();
        desk.switchboard.accept("ana", held);
        desk.switchboard.presence("ana", Presence.BUSY);
        String waiting = desk.citizenWhoAsksForAPerson();
        desk.clock.advance(Duration.ofMinutes(1));

        desk.restart();
        desk.signIn("ana");

        AgentDeskView afterRestart = desk.consoles.lastDesk("ana");
        assertThat(afterRestart.conversations())
                .extracting(HeldView::conversationId)
                .containsExactly(held);
        assertThat(afterRestart.offers()).extracting(OfferView::conversationId).containsExactly(waiting);
        desk.switchboard.reply("ana", held, "Sigo aquí.");
        assertThat(recorded(held, AgentUttered.class)).containsExactly(new AgentUttered("ana", "Sigo aquí."));
    }

    @Test
    void afterARestartTheConversationsOfAnAgentWhoDoesNotComeBackGoToColleagues() {
        desk.signIn("ana");
        String held = desk.citizenWhoAsksForAPerson();
        desk.switchboard.accept("ana", held);

        desk.restart();
        desk.signIn("luis");
        desk.clock.advance(DeskFixture.RECONNECT_GRACE);
        desk.switchboard.tickNow();
        desk.switchboard.settle();

        assertThat(desk.consoles.lastDesk("luis").offers())
                .extracting(OfferView::conversationId)
                .containsExactly(held);
    }

    private Reply lastBotReply(String id) {
        List<BotUttered> said = recorded(id, BotUttered.class);
        return said.get(said.size() - 1).reply();
    }

    private <T extends ConversationEvent> List<T> recorded(String id, Class<T> type) {
        desk.switchboard.settle();
        return desk.conversations.events(id).stream()
                .map(RecordedEvent::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
