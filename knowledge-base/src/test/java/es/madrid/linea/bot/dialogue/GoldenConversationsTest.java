package es.madrid.linea.bot.dialogue;

import static org.assertj.core.api.Assertions.fail;

import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.InMemoryAlertsDesk;
import es.madrid.linea.bot.appointments.CalendarAppointmentBook;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.InMemoryConversationStore;
import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.dialogue.appointments.AppointmentDialogue;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.geo.CityMap;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.handoff.HandoffDialogue;
import es.madrid.linea.bot.handoff.InMemoryHandoffDesk;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import es.madrid.linea.bot.nlu.trained.TrainedUnderstanding;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.ReminderPlan;
import es.madrid.linea.bot.notifications.ReminderSchedule;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.ScriptedAlertsDesk;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import es.madrid.linea.knowledge.KbContent;
import es.madrid.linea.knowledge.content.OfficeFiles;
import es.madrid.linea.knowledge.search.LuceneKnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The golden conversations of kb-content/conversations (format: the README's "Dialogue" section): one dynamic test
 * per file, driving the real dialogue manager (every policy, wrapped in the handoff policy) with the trained
 * understanding, the knowledge base and offices of kb-content, the city map, and the in-memory back office. It lives
 * in this module because the knowledge base's reader of kb-content does (bot-core cannot depend on it).
 *
 * <p>Other dialogue modules plug their forms and policies in {@link World#policies}, as the application does.
 */
class GoldenConversationsTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final Path FOLDER = KbContent.path().resolve("conversations");

    /** Read once: the models, the search index and the map take a few seconds to load. */
    static final TrainedUnderstanding UNDERSTANDING = TrainedUnderstanding.fromClasspath();

    static final LuceneKnowledgeBase KNOWLEDGE = new LuceneKnowledgeBase(KbContent.procedures());
    static final OfficeDirectory OFFICES = OfficeFiles.read(KbContent.folder()).directory();
    static final CityMap MAP = CityMap.fromClasspath();

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everyGoldenConversation() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(FOLDER)) {
            files = listed.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        if (files.isEmpty()) {
            fail("no golden conversations in " + FOLDER.toAbsolutePath());
        }
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
    }

    private static void run(Path file) {
        JsonNode golden;
        try {
            golden = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        World world = new World(golden);
        String id = world.conversations
                .start(world.channel(), world.profile(), "citizen-" + name)
                .conversationId();
        int number = 0;
        for (JsonNode turn : golden.path("turns")) {
            number++;
            long before = world.conversations.conversation(id).lastSeq();
            send(world, id, turn, name, number);
            List<ConversationEvent> events = world.conversations.eventsAfter(id, before).stream()
                    .map(RecordedEvent::event)
                    .toList();
            new TurnCheck(name, number, turn, events, world.conversations.conversation(id)).verify();
            world.clock.advance(Duration.ofSeconds(30));
        }
    }

    private static void send(World world, String id, JsonNode turn, String file, int number) {
        String messageId = "golden-" + number;
        if (turn.has("citizen")) {
            world.conversations.handle(
                    id, InboundMessage.of(turn.path("citizen").asString(), null, null, messageId));
        } else if (turn.has("choose")) {
            String label = turn.path("choose").asString();
            List<Option> offered = world.conversations.conversation(id).offeredOptions();
            String payload = offered.stream()
                    .filter(o -> plain(o.title()).equals(plain(label)))
                    .map(Option::id)
                    .findFirst()
                    .orElseGet(() -> fail(file + " turn " + number + ": no option «" + label + "» among "
                            + offered.stream().map(Option::title).toList()));
            world.conversations.handle(id, InboundMessage.of(null, payload, null, messageId));
        } else if (turn.has("payload")) {
            world.conversations.handle(
                    id, InboundMessage.of(null, turn.path("payload").asString(), null, messageId));
        } else if (turn.has("location")) {
            GeoPoint point = new GeoPoint(
                    turn.path("location").path("lat").asDouble(),
                    turn.path("location").path("lon").asDouble());
            world.conversations.handle(id, InboundMessage.of(null, null, point, messageId));
        } else if (turn.has("photo")) {
            // What the WhatsApp channel records when an image arrives.
            world.conversations.record(
                    id,
                    List.of(
                            new SlotSet(DialogueSlots.PHOTO, turn.path("photo").asString()),
                            new BotUttered(Reply.text("¡Gracias por la foto! La guardo para adjuntarla a tu aviso."))));
        } else {
            fail(file + " turn " + number + ": a turn needs citizen, choose, payload, location or photo");
        }
    }

    /** The expectations of one turn, checked against the events it recorded. */
    private record TurnCheck(
            String file, int number, JsonNode turn, List<ConversationEvent> events, Conversation after) {

        void verify() {
            JsonNode expect = turn.path("expect");
            List<String> texts = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (ConversationEvent event : events) {
                if (event instanceof BotUttered bot) {
                    texts.add(bot.reply().text());
                    if (bot.reply() instanceof Reply.Options options) {
                        options.options().forEach(o -> labels.add(o.title()));
                    }
                }
            }
            if (texts.isEmpty() && !expect.path("silent").asBoolean(false)) {
                problem("the bot said nothing", texts);
            }
            String said = plain(String.join("\n", texts));
            expect.path("says").forEach(s -> {
                if (!said.contains(plain(s.asString()))) {
                    problem("expected it to say «" + s.asString() + "»", texts);
                }
            });
            expect.path("notSays").forEach(s -> {
                if (said.contains(plain(s.asString()))) {
                    problem("expected it not to say «" + s.asString() + "»", texts);
                }
            });
            List<String> plainLabels =
                    labels.stream().map(GoldenConversationsTest::plain).toList();
            expect.path("options").forEach(o -> {
                if (!plainLabels.contains(plain(o.asString()))) {
                    problem("expected the option «" + o.asString() + "» among " + labels, texts);
                }
            });
            expect.path("notOptions").forEach(o -> {
                if (plainLabels.contains(plain(o.asString()))) {
                    problem("expected no option «" + o.asString() + "» among " + labels, texts);
                }
            });
            if (expect.has("intent")) {
                String intent = events.stream()
                        .filter(e -> e instanceof UserUttered)
                        .map(e -> ((UserUttered) e).understanding().intent().name())
                        .findFirst()
                        .orElse("(none)");
                if (!intent.equals(expect.path("intent").asString())) {
                    problem("expected intent " + expect.path("intent").asString() + " but understood " + intent, texts);
                }
            }
            checkSlots(expect.path("slots"), texts);
            checkAction(expect.path("action"), texts);
            if (expect.has("handoff")) {
                String wanted = expect.path("handoff").asString();
                boolean found = events.stream()
                        .anyMatch(e ->
                                e instanceof HandoffRequested h && h.reason().equals(wanted));
                if (!found) {
                    problem("expected a handoff for " + wanted, texts);
                }
            }
            if (expect.has("knowledge")) {
                String wanted = expect.path("knowledge").asString();
                boolean found = events.stream()
                        .filter(e -> e instanceof KnowledgeConsulted)
                        .flatMap(e -> ((KnowledgeConsulted) e).procedures().stream())
                        .map(ProcedureRef::id)
                        .anyMatch(wanted::equals);
                if (!found) {
                    problem("expected the knowledge of " + wanted, texts);
                }
            }
        }

        private void checkSlots(JsonNode slots, List<String> texts) {
            Iterator<Map.Entry<String, JsonNode>> fields = slots.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> slot = fields.next();
                String actual = after.slots().get(slot.getKey());
                if (slot.getValue().isNull()) {
                    if (actual != null) {
                        problem("expected slot " + slot.getKey() + " absent but it is «" + actual + "»", texts);
                    }
                } else if (!slot.getValue().asString().equals(actual)) {
                    problem(
                            "expected slot " + slot.getKey() + "=«"
                                    + slot.getValue().asString() + "» but it is «" + actual + "»",
                            texts);
                }
            }
        }

        private void checkAction(JsonNode action, List<String> texts) {
            if (action.isMissingNode()) {
                return;
            }
            String name = action.path("name").asString();
            String outcome = action.path("outcome").asString(null);
            boolean found = events.stream()
                    .anyMatch(e -> e instanceof ActionExecuted a
                            && a.action().equals(name)
                            && (outcome == null || a.outcome().equals(outcome)));
            if (!found) {
                problem("expected the action " + name + " with outcome " + outcome, texts);
            }
        }

        private void problem(String what, List<String> texts) {
            fail(file + ", turn " + number + ": " + what + ". The bot said: " + texts);
        }
    }

    /** The dialogue and back office of one golden conversation, as its header describes them. */
    static final class World {

        final TestClock clock;
        final JsonNode golden;
        final AlertsDesk alerts;
        final ReminderSchedule reminders;
        final RemindedAppointmentBook appointments;
        final ConversationService conversations;

        World(JsonNode golden) {
            this.golden = golden;
            this.clock = new TestClock(OffsetDateTime.parse(golden.path("now").asString("2026-12-01T10:00:00+01:00"))
                    .toInstant());
            this.alerts = alerts(golden.path("backoffice").path("alerts").asString(""), clock);
            this.reminders =
                    ReminderSchedule.inMemory(ReminderPlan.standard(MADRID), clock, new SequentialIds("reminder-"));
            this.appointments = new RemindedAppointmentBook(
                    GoldenAppointmentBook.withFault(
                            golden.path("backoffice").path("appointments").asString(""),
                            CalendarAppointmentBook.inMemory(
                                    CalendarFixture.calendar(), clock, new SequentialIds("CITA"))),
                    reminders);
            HandoffDialogue dialogue =
                    new HandoffDialogue(new PolicyDialogue(policies(), clock, MADRID), InMemoryHandoffDesk.open());
            this.conversations = new ConversationService(
                    new InMemoryConversationStore(),
                    UNDERSTANDING,
                    dialogue,
                    (conversation, events) -> {},
                    clock,
                    new SequentialIds("golden-"),
                    MADRID,
                    10);
        }

        /** The policies as the application builds them: add other modules' forms and policies here. */
        Policies policies() {
            AppointmentDialogue appointmentDialogue =
                    new AppointmentDialogue(KNOWLEDGE, OFFICES, appointments, reminders, MAP);
            List<Form> extraForms = appointmentDialogue.forms();
            List<Policy> extraPolicies = appointmentDialogue.policies();
            return new Policies(
                    new Policies.Services(KNOWLEDGE, alerts, new Places(MAP, OFFICES), UNDERSTANDING),
                    extraForms,
                    extraPolicies);
        }

        Channel channel() {
            return Channel.fromWireName(golden.path("profile").path("channel").asString("web"));
        }

        CitizenProfile profile() {
            JsonNode profile = golden.path("profile");
            Integer birthYear =
                    profile.has("birthYear") ? profile.path("birthYear").asInt() : null;
            Boolean priority =
                    profile.has("priority") ? profile.path("priority").asBoolean() : null;
            String postcode = profile.has("postcode") ? profile.path("postcode").asString() : null;
            String name = profile.has("name") ? profile.path("name").asString() : null;
            String phone = profile.has("phone") ? profile.path("phone").asString() : null;
            return new CitizenProfile(name, phone, birthYear, postcode, null, priority);
        }

        private static AlertsDesk alerts(String fault, TestClock clock) {
            ScriptedAlertsDesk desk =
                    new ScriptedAlertsDesk(new InMemoryAlertsDesk(clock, AlertsDeskContract.SERVICES));
            if (fault.equals("down")) {
                // Filing is an order, kept for later (Pending); a status is a question, unanswered.
                return desk.filingAnswers(Outcome.pending("kept"))
                        .statusAnswers(Outcome.failed(Failure.UNAVAILABLE, "down"));
            }
            if (fault.equals("refuses")) {
                return desk.filingAnswers(Outcome.failed(Failure.REJECTED, "refused by the golden conversation"));
            }
            if (!fault.isEmpty()) {
                throw new IllegalArgumentException("backoffice.alerts must be down or refuses, not " + fault);
            }
            return desk;
        }
    }

    static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
