package es.madrid.linea.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationClosed;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.dialogue.Dialogue;
import es.madrid.linea.bot.dialogue.GreetingDialogue;
import es.madrid.linea.bot.nlu.KeywordUnderstanding;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationServiceTest {

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final TestClock clock = TestClock.at("2026-11-29T09:00:00Z");
    private final List<RecordedEvent> heard = new ArrayList<>();

    private ConversationService service(Dialogue dialogue) {
        return new ConversationService(
                store,
                new KeywordUnderstanding(),
                dialogue,
                (conversation, events) -> heard.addAll(events),
                clock,
                new SequentialIds("c"),
                ZoneId.of("Europe/Madrid"),
                100);
    }

    @Test
    void aCitizenWhoOpensTheChatIsGreetedAndTheGreetingIsInTheLog() {
        ConversationService service = service(new GreetingDialogue());

        TurnResult opened = service.start(Channel.WEB, CitizenProfile.anonymous(), null);

        assertThat(opened.conversationId()).isEqualTo("c-1");
        assertThat(opened.status()).isEqualTo(ConversationStatus.BOT);
        assertThat(opened.replies()).isNotEmpty();
        assertThat(opened.replies().get(0).text()).startsWith("¡Hola!");
        assertThat(store.events("c-1"))
                .extracting(RecordedEvent::type)
                .containsExactly("session_started", "bot", "bot");
        assertThat(heard).hasSize(3);
    }

    @Test
    void theCitizensMessageIsStoredEvenWhenTheBotFailsAndTheyStillGetAnAnswer() {
        ConversationService service = service(new Dialogue() {
            @Override
            public List<ConversationEvent> start(Conversation conversation) {
                return List.of();
            }

            @Override
            public List<ConversationEvent> respond(Conversation conversation, UserUttered message) {
                throw new IllegalStateException("boom");
            }
        });
        String id = service.start(Channel.WEB, CitizenProfile.anonymous(), null).conversationId();

        TurnResult turn = service.handle(id, InboundMessage.text("hay una farola fundida"));

        assertThat(turn.replies()).extracting(Reply::text).containsExactly(ConversationService.SORRY);
        assertThat(store.events(id))
                .extracting(RecordedEvent::event)
                .filteredOn(UserUttered.class::isInstance)
                .extracting(e -> ((UserUttered) e).text())
                .containsExactly("hay una farola fundida");
    }

    @Test
    void aRepeatedMessageIdGetsTheOriginalRepliesAndIsNotProcessedAgain() {
        ConversationService service = service(new GreetingDialogue());
        String id = service.start(Channel.WEB, CitizenProfile.anonymous(), null).conversationId();
        TurnResult first = service.handle(id, InboundMessage.of("hola", null, null, "m-1"));
        int eventsAfterFirst = store.events(id).size();

        TurnResult again = service.handle(id, InboundMessage.of("hola", null, null, "m-1"));

        assertThat(again.repeated()).isTrue();
        assertThat(again.replies()).isEqualTo(first.replies());
        assertThat(store.events(id)).hasSize(eventsAfterFirst);
    }

    @Test
    void aRetryThatArrivesAfterTheConversationClosedStillGetsItsOriginalReplies() {
        ConversationService service = service(new GreetingDialogue());
        String id = service.start(Channel.WEB, CitizenProfile.anonymous(), null).conversationId();
        TurnResult first = service.handle(id, InboundMessage.of("hola", null, null, "m-1"));
        service.record(id, List.of(new ConversationClosed("solved", "citizen")));

        TurnResult again = service.handle(id, InboundMessage.of("hola", null, null, "m-1"));

        assertThat(again.repeated()).isTrue();
        assertThat(again.replies()).isEqualTo(first.replies());
        assertThatThrownBy(() -> service.handle(id, InboundMessage.of("hola", null, null, "m-2")))
                .isInstanceOf(ConversationClosedException.class);
    }

    @Test
    void theUnderstandingIsRecordedWithTheMessage() {
        ConversationService service = service(new GreetingDialogue());
        String id = service.start(Channel.WEB, CitizenProfile.anonymous(), null).conversationId();

        service.handle(id, InboundMessage.text("Muchas gracias"));

        UserUttered user = (UserUttered) store.events(id).stream()
                .map(RecordedEvent::event)
                .filter(UserUttered.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(user.understanding().intent().name()).isEqualTo("thanks");
    }

    @Test
    void whileAPersonHasTheConversationTheBotStaysQuiet() {
        ConversationService service = service(new GreetingDialogue());
        String id = service.start(Channel.WEB, CitizenProfile.anonymous(), null).conversationId();
        service.record(id, List.of(new HandoffRequested("citizen_asked", "general", false), new AgentJoined("agent")));

        TurnResult turn = service.handle(id, InboundMessage.text("hola, ¿sigue ahí?"));

        assertThat(turn.replies()).isEmpty();
        assertThat(turn.status()).isEqualTo(ConversationStatus.WITH_AGENT);
        assertThat(store.events(id).get(store.events(id).size() - 1).type()).isEqualTo("user");
    }

    @Test
    void aClosedConversationTakesNoMoreMessagesAndAnUnknownOneIsReported() {
        ConversationService service = service(new GreetingDialogue());
        String id = service.start(Channel.WEB, CitizenProfile.anonymous(), null).conversationId();
        service.record(id, List.of(new ConversationClosed("solved", "citizen")));

        assertThatThrownBy(() -> service.handle(id, InboundMessage.text("hola")))
                .isInstanceOf(ConversationClosedException.class);
        assertThatThrownBy(() -> service.handle("nope", InboundMessage.text("hola")))
                .isInstanceOf(UnknownConversationException.class);
        assertThatThrownBy(() -> service.events("nope")).isInstanceOf(UnknownConversationException.class);
    }

    @Test
    void aConversationRebuiltFromItsEventsEqualsTheLiveOne() {
        ConversationService service = service(new GreetingDialogue());
        String id = service.start(Channel.WHATSAPP, CitizenProfile.anonymous(), "wa:1")
                .conversationId();
        service.handle(id, InboundMessage.text("hola"));
        clock.advance(Duration.ofSeconds(5));
        service.record(id, List.of(new SlotSet("district", "Usera"), new SlotSet("postcode", "28026")));
        service.record(id, List.of(new SlotSet("postcode", null)));
        service.record(
                id,
                List.of(
                        new ConversationEvent.ActionExecuted(Conversation.FILE_ALERT, "ok", "6624410", null),
                        new HandoffRequested("citizen_asked", "mayores", true),
                        new AgentJoined("agent")));
        service.handle(id, InboundMessage.of(null, "menu:cita", null, "m-9"));
        service.record(id, List.of(new ConversationEvent.ConversationResumed("agent")));
        service.handle(id, InboundMessage.text("adiós"));

        Conversation live = service.conversation(id);
        Conversation replayed = Conversation.replay(id, store.events(id));

        assertThat(replayed).isEqualTo(live);
        assertThat(replayed.slots()).containsExactly(java.util.Map.entry("district", "Usera"));
        assertThat(replayed.alerts()).containsExactly("6624410");
        assertThat(replayed.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(replayed.lastSeq()).isEqualTo(store.events(id).size());
    }

    @Test
    void aNewServiceOnTheSameStoreContinuesWhereTheOldOneStopped() {
        ConversationService before = service(new GreetingDialogue());
        String id = before.start(Channel.WEB, CitizenProfile.anonymous(), null).conversationId();
        before.handle(id, InboundMessage.text("hola"));
        Conversation stateBefore = before.conversation(id);

        ConversationService after = service(new GreetingDialogue());

        assertThat(after.conversation(id)).isEqualTo(stateBefore);
        TurnResult next = after.handle(id, InboundMessage.text("gracias"));
        assertThat(next.replies()).isNotEmpty();
        assertThat(store.events(id).get(store.events(id).size() - 1).event()).isInstanceOf(BotUttered.class);
    }

    @Test
    void aMessageStoredButNotAnsweredBeforeAStopIsAnsweredOnceWhenTheClientRetries() {
        ConversationService service = service(new GreetingDialogue());
        String id = service.start(Channel.WEB, CitizenProfile.anonymous(), null).conversationId();
        // The service stopped right after storing the citizen's message: the log ends with it.
        store.append(
                id,
                store.events(id).size(),
                List.of(new UserUttered(
                        "gracias", null, null, "m-1", new KeywordUnderstanding().parse("gracias", null))),
                clock.instant());
        ConversationService restarted = service(new GreetingDialogue());

        TurnResult retried = restarted.handle(id, InboundMessage.of("gracias", null, null, "m-1"));
        TurnResult again = restarted.handle(id, InboundMessage.of("gracias", null, null, "m-1"));

        assertThat(retried.replies()).isNotEmpty();
        assertThat(again.replies()).isEqualTo(retried.replies());
        assertThat(store.events(id).stream().filter(e -> e.type().equals("user")))
                .hasSize(1);
        assertThat(store.events(id).stream().filter(e -> e.type().equals("bot")).count())
                .isEqualTo(2 + retried.replies().size());
    }
}
