package es.madrid.linea.bot.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationResumed;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.ConversationListener;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.ConversationStatus;
import es.madrid.linea.bot.conversation.InMemoryConversationStore;
import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.conversation.TurnResult;
import es.madrid.linea.bot.dialogue.Dialogue;
import es.madrid.linea.bot.dialogue.GreetingDialogue;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HandoffDialogueTest {

    private final TestClock clock = TestClock.at("2026-11-30T10:00:00Z");
    private final InMemoryHandoffDesk desk = InMemoryHandoffDesk.open();
    private final ScriptedUnderstanding understanding = new ScriptedUnderstanding()
            .teach("quiero hablar con alguien", Intents.TALK_TO_AGENT, 0.93)
            .teach("persona?", Intents.TALK_TO_AGENT, 0.31)
            .teach("hola", Intents.GREET, 0.95)
            .teach("¿dónde pago el IBI en persona?", Intents.PROCEDURE_INFO, 0.88)
            .teach("hay una farola fundida", Intents.REPORT_INCIDENT, 0.9);
    private final RecordingDialogue inner = new RecordingDialogue(new GreetingDialogue());
    private final ConversationService service = new ConversationService(
            new InMemoryConversationStore(),
            understanding,
            new HandoffDialogue(inner, desk),
            ConversationListener.NONE,
            clock,
            new SequentialIds("c"),
            ZoneId.of("Europe/Madrid"),
            100);

    @Nested
    class CitizenWhoAsksForAPerson {

        @Test
        void byTheMenuOptionWaitsForAnAgentWithTheReasonRecorded() {
            String id = start(CitizenProfile.anonymous());

            TurnResult turn = service.handle(id, InboundMessage.of(null, "menu:persona", null, null));

            assertThat(turn.status()).isEqualTo(ConversationStatus.WAITING_AGENT);
            assertThat(turn.replies()).extracting(Reply::text).containsExactly(HandoffDialogue.CITIZEN_ASKED);
            assertThat(recorded(id, HandoffRequested.class))
                    .containsExactly(new HandoffRequested(HandoffReasons.CITIZEN_ASKED, "general", false));
            assertThat(service.conversation(id).handoff().reason()).isEqualTo(HandoffReasons.CITIZEN_ASKED);
        }

        @Test
        void inWordsIsHandedOverWithoutTheBotTryingFirst() {
            String id = start(CitizenProfile.anonymous());

            TurnResult turn = service.handle(id, InboundMessage.text("quiero hablar con alguien"));

            assertThat(turn.status()).isEqualTo(ConversationStatus.WAITING_AGENT);
            assertThat(inner.answered).isEmpty();
        }

        @Test
        void hesitantlyIsNotHandedOverOnAGuess() {
            String id = start(CitizenProfile.anonymous());

            TurnResult turn = service.handle(id, InboundMessage.text("persona?"));

            assertThat(turn.status()).isEqualTo(ConversationStatus.BOT);
            assertThat(recorded(id, HandoffRequested.class)).isEmpty();
        }
    }

    @Nested
    class CitizenTheBotDoesNotUnderstand {

        @Test
        void threeTimesInARowIsHandedOverInsteadOfBeingAskedAgain() {
            String id = start(CitizenProfile.anonymous());

            service.handle(id, InboundMessage.text("blablá"));
            service.handle(id, InboundMessage.text("que si, lo de la cosa"));
            TurnResult third = service.handle(id, InboundMessage.text("pues eso"));

            assertThat(third.status()).isEqualTo(ConversationStatus.WAITING_AGENT);
            assertThat(third.replies()).extracting(Reply::text).containsExactly(HandoffDialogue.NOT_UNDERSTOOD);
            assertThat(recorded(id, HandoffRequested.class))
                    .extracting(HandoffRequested::reason)
                    .containsExactly(HandoffReasons.NOT_UNDERSTOOD);
            assertThat(service.conversation(id).slot(RepeatedMisunderstanding.SLOT))
                    .isEmpty();
        }

        @Test
        void withAnUnderstoodMessageInBetweenStartsCountingAgain() {
            String id = start(CitizenProfile.anonymous());

            service.handle(id, InboundMessage.text("blablá"));
            service.handle(id, InboundMessage.text("que si, lo de la cosa"));
            service.handle(id, InboundMessage.text("hola"));
            service.handle(id, InboundMessage.text("pues eso"));
            TurnResult fifth = service.handle(id, InboundMessage.text("eso mismo"));

            assertThat(fifth.status()).isEqualTo(ConversationStatus.BOT);
            assertThat(service.conversation(id).slot(RepeatedMisunderstanding.SLOT))
                    .contains("2");
        }

        @Test
        void pressingOptionsNeverCountsAsAMisunderstanding() {
            String id = start(CitizenProfile.anonymous());

            service.handle(id, InboundMessage.text("blablá"));
            service.handle(id, InboundMessage.text("que si, lo de la cosa"));
            TurnResult turn = service.handle(id, InboundMessage.of(null, "menu:tramites", null, null));

            assertThat(turn.status()).isEqualTo(ConversationStatus.BOT);
        }
    }

    @Nested
    class CitizenWhoseActionFailed {

        @Test
        void isHandedOverAfterTheBotSaysWhatFailed() {
            inner.nextAnswer(List.of(
                    new ActionExecuted("file_alert", "timeout", null, "avisos no responde"),
                    new BotUttered(Reply.text("No he podido registrar el aviso."))));
            String id = start(CitizenProfile.anonymous());

            TurnResult turn = service.handle(id, InboundMessage.text("hay una farola fundida"));

            assertThat(turn.status()).isEqualTo(ConversationStatus.WAITING_AGENT);
            assertThat(turn.replies())
                    .extracting(Reply::text)
                    .containsExactly("No he podido registrar el aviso.", HandoffDialogue.ACTION_FAILED);
            assertThat(recorded(id, HandoffRequested.class))
                    .extracting(HandoffRequested::reason)
                    .containsExactly(HandoffReasons.ACTION_FAILED);
        }

        @Test
        void thatSucceededIsNotHandedOver() {
            inner.nextAnswer(List.of(new ActionExecuted("file_alert", ActionExecuted.OK, "6624410", null)));
            String id = start(CitizenProfile.anonymous());

            TurnResult turn = service.handle(id, InboundMessage.text("hay una farola fundida"));

            assertThat(turn.status()).isEqualTo(ConversationStatus.BOT);
        }
    }

    @Nested
    class PriorityCitizen {

        private final CitizenProfile carmen = new CitizenProfile("Carmen", null, null, "28045", null, true);

        @Test
        void askingAboutAProcedureGetsTheAnswerAndThenAPersonWithPriority() {
            inner.nextAnswer(List.of(new BotUttered(Reply.text("Puedes pagar el IBI en cualquier oficina."))));
            String id = start(carmen);

            TurnResult turn = service.handle(id, InboundMessage.text("¿dónde pago el IBI en persona?"));

            assertThat(turn.replies())
                    .extracting(Reply::text)
                    .containsExactly("Puedes pagar el IBI en cualquier oficina.", HandoffDialogue.PRIORITY_CITIZEN);
            assertThat(recorded(id, HandoffRequested.class))
                    .containsExactly(new HandoffRequested(HandoffReasons.PRIORITY_CITIZEN, "general", true));
        }

        @Test
        void isHandedOverForTheTopicOnlyOnceSoReturningToTheBotDoesNotLoop() {
            String id = start(carmen);
            service.handle(id, InboundMessage.text("¿dónde pago el IBI en persona?"));
            service.record(id, List.of(new ConversationResumed("agent")));

            TurnResult again = service.handle(id, InboundMessage.text("¿dónde pago el IBI en persona?"));

            assertThat(again.status()).isEqualTo(ConversationStatus.BOT);
            assertThat(recorded(id, HandoffRequested.class)).hasSize(1);
        }

        @Test
        void greetingTheBotIsNotATopicForAPerson() {
            String id = start(carmen);

            TurnResult turn = service.handle(id, InboundMessage.text("hola"));

            assertThat(turn.status()).isEqualTo(ConversationStatus.BOT);
        }

        @Test
        void askingForAPersonIsRoutedWithPriority() {
            String id = start(carmen);

            service.handle(id, InboundMessage.of(null, "menu:persona", null, null));

            assertThat(recorded(id, HandoffRequested.class))
                    .extracting(HandoffRequested::priority)
                    .containsExactly(true);
        }
    }

    @Nested
    class WhenNobodyCanTakeTheConversation {

        @Test
        void outsideOpeningHoursTheBotOffersACallbackOrAnAppointmentInstead() {
            desk.availability(HandoffRoute.Availability.CLOSED);
            String id = start(CitizenProfile.anonymous());

            TurnResult turn = service.handle(id, InboundMessage.of(null, "menu:persona", null, null));

            assertThat(turn.status()).isEqualTo(ConversationStatus.BOT);
            assertThat(recorded(id, HandoffRequested.class)).isEmpty();
            Reply.Options offer = (Reply.Options) turn.replies().get(0);
            assertThat(offer.text())
                    .contains("el horario es todos los días, a cualquier hora")
                    .contains("010");
            assertThat(offer.options())
                    .extracting(Option::id)
                    .containsExactly("handoff:callback", "menu:cita", "handoff:decline");
        }

        @Test
        void withNoAgentSignedInTheBotSaysSoAndOffersTheSame() {
            desk.availability(HandoffRoute.Availability.NO_AGENTS);
            String id = start(CitizenProfile.anonymous());

            TurnResult turn = service.handle(id, InboundMessage.text("quiero hablar con alguien"));

            assertThat(turn.replies().get(0).text()).startsWith(CallbackForm.NO_AGENTS);
        }

        @Test
        void theCitizenWhoWantsACallbackGivesANumberAndATaskIsStored() {
            desk.availability(HandoffRoute.Availability.CLOSED);
            String id = start(CitizenProfile.anonymous());
            service.handle(id, InboundMessage.of(null, "menu:persona", null, null));

            TurnResult asked = service.handle(id, InboundMessage.of(null, "handoff:callback", null, null));
            TurnResult stored = service.handle(id, InboundMessage.text("mi número es el 600 12 34 56"));

            assertThat(asked.replies()).extracting(Reply::text).containsExactly(CallbackForm.WHICH_NUMBER);
            assertThat(desk.callbacks())
                    .containsExactly(
                            new CallbackRequest(id, "+34600123456", "general", HandoffReasons.CITIZEN_ASKED, false));
            assertThat(stored.replies().get(0).text()).contains("acabado en 56").doesNotContain("600");
            assertThat(recorded(id, ActionExecuted.class))
                    .containsExactly(new ActionExecuted("request_callback", "ok", "callback-1", null));
            assertThat(service.conversation(id).slots()).isEmpty();
        }

        @Test
        void theProfilesNumberIsOfferedBeforeAskingForOne() {
            desk.availability(HandoffRoute.Availability.CLOSED);
            String id = start(new CitizenProfile("Carlos", "+34 612 345 678", null, null, null, null));
            service.handle(id, InboundMessage.of(null, "menu:persona", null, null));

            TurnResult offered = service.handle(id, InboundMessage.of(null, "handoff:callback", null, null));
            service.handle(id, InboundMessage.of(null, "handoff:callback_profile", null, null));

            assertThat(offered.replies().get(0).text()).isEqualTo("¿Te llamamos al número acabado en 78?");
            assertThat(desk.callbacks()).extracting(CallbackRequest::phone).containsExactly("+34612345678");
        }

        @Test
        void aWrongNumberIsAskedAgainAndTheCitizenMayGiveUp() {
            desk.availability(HandoffRoute.Availability.NO_AGENTS);
            String id = start(CitizenProfile.anonymous());
            service.handle(id, InboundMessage.of(null, "menu:persona", null, null));
            service.handle(id, InboundMessage.of(null, "handoff:callback", null, null));

            TurnResult wrong = service.handle(id, InboundMessage.text("no me lo sé"));
            TurnResult gaveUp = service.handle(id, InboundMessage.text("Déjalo"));

            assertThat(wrong.replies()).extracting(Reply::text).containsExactly(CallbackForm.NOT_A_NUMBER);
            assertThat(gaveUp.replies()).extracting(Reply::text).containsExactly(CallbackForm.GAVE_UP);
            assertThat(desk.callbacks()).isEmpty();
            assertThat(service.conversation(id).slots()).isEmpty();
        }

        @Test
        void declningTheOfferLeavesTheCitizenWithTheBot() {
            desk.availability(HandoffRoute.Availability.CLOSED);
            String id = start(CitizenProfile.anonymous());
            service.handle(id, InboundMessage.of(null, "menu:persona", null, null));

            TurnResult turn = service.handle(id, InboundMessage.of(null, "handoff:decline", null, null));

            assertThat(turn.replies()).extracting(Reply::text).containsExactly(CallbackForm.DECLINED);
            assertThat(service.conversation(id).slots()).isEmpty();
        }

        @Test
        void choosingSomethingElseWhileTheBotWaitsForTheNumberLeavesTheForm() {
            desk.availability(HandoffRoute.Availability.CLOSED);
            String id = start(CitizenProfile.anonymous());
            service.handle(id, InboundMessage.of(null, "menu:persona", null, null));
            service.handle(id, InboundMessage.of(null, "handoff:callback", null, null));

            service.handle(id, InboundMessage.of(null, "menu:tramites", null, null));

            assertThat(service.conversation(id).slot(CallbackForm.STEP_SLOT)).isEmpty();
            assertThat(inner.answered).extracting(UserUttered::payload).containsExactly("menu:tramites");
        }

        @Test
        void aCallbackThatCannotBeStoredIsSaidPlainlyAndDoesNotLoopIntoAnotherHandoff() {
            HandoffDesk broken = new HandoffDesk() {
                @Override
                public HandoffRoute route(
                        es.madrid.linea.bot.conversation.Conversation conversation, boolean priority) {
                    return new HandoffRoute("general", HandoffRoute.Availability.CLOSED, "de 9:00 a 14:00");
                }

                @Override
                public java.util.Optional<QueueStanding> standing(String conversationId) {
                    return java.util.Optional.empty();
                }

                @Override
                public String requestCallback(CallbackRequest request) {
                    throw new IllegalStateException("database down");
                }
            };
            ConversationService withBrokenDesk = new ConversationService(
                    new InMemoryConversationStore(),
                    understanding,
                    new HandoffDialogue(new GreetingDialogue(), broken),
                    ConversationListener.NONE,
                    clock,
                    new SequentialIds("b"),
                    ZoneId.of("Europe/Madrid"),
                    10);
            String id = withBrokenDesk
                    .start(Channel.WEB, CitizenProfile.anonymous(), null)
                    .conversationId();
            withBrokenDesk.handle(id, InboundMessage.of(null, "menu:persona", null, null));
            withBrokenDesk.handle(id, InboundMessage.of(null, "handoff:callback", null, null));

            TurnResult turn = withBrokenDesk.handle(id, InboundMessage.text("600123456"));

            assertThat(turn.status()).isEqualTo(ConversationStatus.BOT);
            assertThat(turn.replies()).extracting(Reply::text).containsExactly(CallbackForm.CALLBACK_FAILED);
        }
    }

    private String start(CitizenProfile citizen) {
        return service.start(Channel.WEB, citizen, null).conversationId();
    }

    private <T extends ConversationEvent> List<T> recorded(String id, Class<T> type) {
        return service.events(id).stream()
                .map(RecordedEvent::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** The inner dialogue: answers as told (once), otherwise like the greeting dialogue; remembers what it saw. */
    private static final class RecordingDialogue implements Dialogue {
        private final Dialogue fallback;
        private final List<UserUttered> answered = new ArrayList<>();
        private List<ConversationEvent> next;

        RecordingDialogue(Dialogue fallback) {
            this.fallback = fallback;
        }

        void nextAnswer(List<ConversationEvent> events) {
            next = events;
        }

        @Override
        public List<ConversationEvent> start(es.madrid.linea.bot.conversation.Conversation conversation) {
            return fallback.start(conversation);
        }

        @Override
        public List<ConversationEvent> respond(
                es.madrid.linea.bot.conversation.Conversation conversation, UserUttered message) {
            answered.add(message);
            if (next != null) {
                List<ConversationEvent> answer = next;
                next = null;
                return answer;
            }
            return fallback.respond(conversation, message);
        }
    }
}
