package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.alerts.InMemoryAlertsDesk;
import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.InMemoryConversationStore;
import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.geo.CityMap;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.handoff.HandoffDialogue;
import es.madrid.linea.bot.handoff.InMemoryHandoffDesk;
import es.madrid.linea.bot.knowledge.InMemoryKnowledgeBase;
import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.IncidentCategory;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.offices.District;
import es.madrid.linea.bot.offices.InMemoryOfficeDirectory;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.bot.offices.OfficeType;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import es.madrid.linea.bot.testing.ProcedureFixture;
import es.madrid.linea.bot.testing.ScriptedAlertsDesk;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: the real dialogue (every policy in the handoff policy) in a conversation service, with an
 * understanding that knows exactly the sentences a test teaches it, the in-memory back office, a few offices and
 * the city map of kb-content.
 */
public final class DialogueHarness {

    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    public static final CityMap MAP = CityMap.fromClasspath();

    public static final Office ARGANZUELA =
            office("oac-arganzuela", "Arganzuela", "28045", new GeoPoint(40.393, -3.699));
    public static final Office CHAMBERI = office("oac-chamberi", "Chamberí", "28010", new GeoPoint(40.4306, -3.7023));
    public static final OfficeDirectory OFFICES = new InMemoryOfficeDirectory(
            List.of(ARGANZUELA, CHAMBERI),
            List.of(
                    new District(2, "Arganzuela", List.of(), List.of(), "oac-arganzuela", List.of("28045")),
                    new District(4, "Salamanca", List.of(), List.of(), "oac-chamberi", List.of()),
                    new District(7, "Chamberí", List.of(), List.of(), "oac-chamberi", List.of("28010"))));

    public final TestClock clock = TestClock.at("2026-12-01T09:00:00Z");
    public final Scripted understanding = new Scripted();
    public final ConversationStore store = new InMemoryConversationStore();
    public final ScriptedAlertsDesk alerts =
            new ScriptedAlertsDesk(new InMemoryAlertsDesk(clock, AlertsDeskContract.SERVICES));
    private ConversationService service;
    public String id;

    public DialogueHarness() {
        restart();
    }

    /** A new dialogue and service on the same store: what a restart of the application does. */
    public DialogueHarness restart() {
        service = new ConversationService(
                store,
                understanding,
                new HandoffDialogue(new PolicyDialogue(policies(), clock, MADRID), InMemoryHandoffDesk.open()),
                (conversation, events) -> {},
                clock,
                new SequentialIds("c" + System.nanoTime() + "-"),
                MADRID,
                10);
        return this;
    }

    public Policies policies() {
        return new Policies(
                new Policies.Services(
                        new InMemoryKnowledgeBase(ProcedureFixture.all()),
                        alerts,
                        new Places(MAP, OFFICES),
                        understanding),
                List.<Form>of(),
                List.<Policy>of());
    }

    public DialogueHarness start(Channel channel, CitizenProfile profile) {
        id = service.start(channel, profile, "citizen").conversationId();
        return this;
    }

    public DialogueHarness start() {
        return start(Channel.WEB, CitizenProfile.anonymous());
    }

    public List<ConversationEvent> say(String text) {
        return turn(InboundMessage.of(text, null, null, null));
    }

    public List<ConversationEvent> press(String payload) {
        return turn(InboundMessage.of(null, payload, null, null));
    }

    public List<ConversationEvent> share(GeoPoint point) {
        return turn(InboundMessage.of(null, null, point, null));
    }

    private List<ConversationEvent> turn(InboundMessage message) {
        long before = conversation().lastSeq();
        service.handle(id, message);
        return service.eventsAfter(id, before).stream()
                .map(RecordedEvent::event)
                .toList();
    }

    /** Records events that do not come from the citizen (what a channel or the back office records). */
    public void record(ConversationEvent... events) {
        service.record(id, List.of(events));
    }

    public List<ConversationEvent> events() {
        return service.events(id).stream().map(RecordedEvent::event).toList();
    }

    public Conversation conversation() {
        return service.conversation(id);
    }

    public static List<String> texts(List<ConversationEvent> events) {
        List<String> texts = new ArrayList<>();
        events.stream()
                .filter(e -> e instanceof BotUttered)
                .forEach(e -> texts.add(((BotUttered) e).reply().text()));
        return texts;
    }

    public static List<String> optionIds(List<ConversationEvent> events) {
        List<String> ids = new ArrayList<>();
        for (ConversationEvent event : events) {
            if (event instanceof BotUttered bot && bot.reply() instanceof Reply.Options options) {
                options.options().stream().map(Option::id).forEach(ids::add);
            }
        }
        return ids;
    }

    /** Understands exactly what a test teaches it; anything else is confidently out of scope. */
    public static final class Scripted implements LanguageUnderstanding {

        private final Map<String, Understanding> taught = new HashMap<>();

        public Scripted teach(String text, String intent, double confidence) {
            return teach(text, intent, confidence, List.of(), List.of());
        }

        public Scripted teach(
                String text,
                String intent,
                double confidence,
                List<Entity> entities,
                List<IncidentCategory> categories) {
            Intent best = new Intent(intent, confidence);
            List<Intent> ranking = new ArrayList<>(List.of(best));
            if (confidence < 0.9) {
                ranking.add(new Intent(Intents.FIND_OFFICE, 1 - confidence));
            }
            taught.put(text, new Understanding(best, ranking, entities, categories, confidence >= 0.61));
            return this;
        }

        @Override
        public Understanding parse(String text, ZonedDateTime referenceTime) {
            Intent unknown = new Intent(Intents.OUT_OF_SCOPE, 0.95);
            return taught.getOrDefault(text, new Understanding(unknown, List.of(unknown), List.of(), List.of(), true));
        }
    }

    public static Entity address(String text) {
        return new Entity("address", text, text, 0, text.length());
    }

    public static IncidentCategory category(String id, String name, double confidence) {
        return new IncidentCategory(id, name, confidence);
    }

    public static Office office(String id, String district, String postcode, GeoPoint location) {
        return new Office(
                id,
                "Línea Madrid " + district,
                null,
                OfficeType.OAC,
                district,
                null,
                null,
                "Calle de Prueba, 1",
                postcode,
                location,
                "010",
                "De lunes a jueves, de 8:30 a 17:00.",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of("Padrón", "Registro"),
                true,
                null);
    }
}
