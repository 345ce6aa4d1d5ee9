package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.CalendarAppointmentBook;
import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SessionStarted;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.dialogue.Answer;
import es.madrid.linea.bot.dialogue.Policy;
import es.madrid.linea.bot.dialogue.ProcedureQuestions;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.dialogue.forms.FormPolicy;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.knowledge.AppointmentNeed;
import es.madrid.linea.bot.knowledge.InMemoryKnowledgeBase;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.nlu.trained.TrainedUnderstanding;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.ReminderPlan;
import es.madrid.linea.bot.notifications.ReminderSchedule;
import es.madrid.linea.bot.offices.District;
import es.madrid.linea.bot.offices.InMemoryOfficeDirectory;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeType;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.ProcedureFixture;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A conversation with the appointment dialogue for tests: the trained understanding, the in-memory calendar of
 * {@link CalendarFixture} with reminders, three offices, the dialogue's form engine and the appointment policies
 * (the rest of the dialogue's policies are left out: a turn nobody answers says so).
 */
final class AppointmentChat {

    /** Monday 30 November 2026, 10:00 in Madrid. */
    static final Instant MONDAY_TEN = Instant.parse("2026-11-30T09:00:00Z");

    private static final LanguageUnderstanding NLU = TrainedUnderstanding.fromClasspath();

    final TestClock clock = new TestClock(MONDAY_TEN);
    final CalendarAppointmentBook calendar =
            CalendarAppointmentBook.inMemory(CalendarFixture.calendar(), clock, new SequentialIds("cita-"));
    final ReminderSchedule reminders = ReminderSchedule.inMemory(
            ReminderPlan.standard(CalendarFixture.MADRID), clock, new SequentialIds("reminder-"));
    final RemindedAppointmentBook book;
    final AppointmentDialogue dialogue;

    static final String NOBODY_ANSWERED = "(no policy answered)";

    private final List<Policy> policies = new ArrayList<>();
    private Conversation conversation = Conversation.empty("conv-1");
    private List<ConversationEvent> lastTurn = List.of();

    AppointmentChat() {
        this(Channel.WEB, CitizenProfile.anonymous(), UnaryOperator.identity());
    }

    AppointmentChat(Channel channel, CitizenProfile profile, UnaryOperator<AppointmentBook> faults) {
        book = new RemindedAppointmentBook(faults.apply(calendar), reminders);
        InMemoryKnowledgeBase knowledge = knowledge();
        dialogue = new AppointmentDialogue(knowledge, offices(), book, reminders, null);
        policies.add(new FormPolicy(dialogue.forms(), new ProcedureQuestions(knowledge), List.of()));
        policies.addAll(dialogue.policies());
        record(List.of(new SessionStarted(channel, profile)));
    }

    static InMemoryKnowledgeBase knowledge() {
        return new InMemoryKnowledgeBase(List.of(
                bookable(ProcedureFixture.empadronamientoAlta(), CalendarFixture.PADRON_NAME),
                ProcedureFixture.ibiPago(),
                withNeed(ProcedureFixture.volante(), AppointmentNeed.NOT_REQUIRED, null),
                ProcedureFixture.certificado()));
    }

    static Procedure bookable(Procedure p, String service) {
        return withNeed(p, AppointmentNeed.REQUIRED, service);
    }

    private static Procedure withNeed(Procedure p, AppointmentNeed need, String service) {
        return new Procedure(
                p.id(),
                p.title(),
                p.category(),
                p.summary(),
                p.revision(),
                p.officialUrl(),
                need,
                service,
                p.fee(),
                p.channels(),
                p.related(),
                p.offices(),
                p.synonyms(),
                p.intents(),
                p.sources(),
                p.lastReviewed(),
                p.confidence(),
                p.sections());
    }

    static InMemoryOfficeDirectory offices() {
        return new InMemoryOfficeDirectory(
                List.of(
                        office(
                                CalendarFixture.ARGANZUELA,
                                "Línea Madrid Arganzuela",
                                "Arganzuela",
                                2,
                                "Paseo de la Chopera, 10",
                                "28045",
                                new GeoPoint(40.393073, -3.699006)),
                        office(
                                CalendarFixture.RETIRO,
                                "Línea Madrid Retiro",
                                "Retiro",
                                3,
                                "Plaza Daoíz y Velarde, 1",
                                "28007",
                                new GeoPoint(40.402326, -3.677441)),
                        office(
                                "oac-salamanca",
                                "Línea Madrid Salamanca",
                                "Salamanca",
                                4,
                                "Calle Povedilla, 4",
                                "28009",
                                new GeoPoint(40.423724, -3.670465))),
                List.of(
                        new District(
                                2,
                                "Arganzuela",
                                List.of(),
                                List.of("Chopera"),
                                CalendarFixture.ARGANZUELA,
                                List.of("28045")),
                        new District(
                                3,
                                "Retiro",
                                List.of("El Retiro"),
                                List.of("Pacífico"),
                                CalendarFixture.RETIRO,
                                List.of("28007")),
                        new District(
                                4,
                                "Salamanca",
                                List.of("Barrio de Salamanca"),
                                List.of("Goya"),
                                "oac-salamanca",
                                List.of("28001", "28009"))));
    }

    private static Office office(
            String id, String name, String district, int code, String address, String postcode, GeoPoint place) {
        return new Office(
                id,
                name,
                name,
                OfficeType.OAC,
                district,
                code,
                null,
                address,
                postcode,
                place,
                "010",
                "De lunes a jueves, de 8:30 a 17:00, y los viernes, de 8:30 a 14:00.",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                true,
                null);
    }

    List<ConversationEvent> say(String text) {
        ZonedDateTime now = now();
        Understanding understanding = NLU.parse(text, now);
        return turn(new UserUttered(text, null, null, null, understanding));
    }

    List<ConversationEvent> tap(String payload) {
        return turn(new UserUttered(null, payload, null, null, Understanding.none()));
    }

    /** Taps the offered option with this label. */
    List<ConversationEvent> choose(String label) {
        Option option = conversation.offeredOptions().stream()
                .filter(o -> o.title().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label + " in " + conversation.offeredOptions()));
        return tap(option.id());
    }

    List<ConversationEvent> share(GeoPoint location) {
        return turn(new UserUttered(null, null, location, null, Understanding.none()));
    }

    ZonedDateTime now() {
        return clock.instant().atZone(CalendarFixture.MADRID);
    }

    Conversation conversation() {
        return conversation;
    }

    /** The texts the bot said in the last turn, one per line. */
    String said() {
        return lastTurn.stream()
                .filter(e -> e instanceof BotUttered)
                .map(e -> ((BotUttered) e).reply().text())
                .collect(Collectors.joining("\n"));
    }

    /** The options of the last turn's last options reply. */
    List<Option> options() {
        List<Option> options = List.of();
        for (ConversationEvent event : lastTurn) {
            if (event instanceof BotUttered bot && bot.reply() instanceof Reply.Options offered) {
                options = offered.options();
            }
        }
        return options;
    }

    List<String> optionLabels() {
        return options().stream().map(Option::title).toList();
    }

    List<ConversationEvent> lastTurn() {
        return lastTurn;
    }

    private List<ConversationEvent> turn(UserUttered message) {
        record(List.of(message));
        Turn turn = new Turn(conversation, message, now());
        List<ConversationEvent> events = respond(turn);
        record(events);
        lastTurn = events;
        return events;
    }

    /** The form engine first (the form in progress, or the one this message starts), then the policies. */
    private List<ConversationEvent> respond(Turn turn) {
        for (Policy policy : policies) {
            Optional<Answer> answer = policy.answer(turn);
            if (answer.isPresent()) {
                return answer.get().events();
            }
        }
        return List.of(new BotUttered(Reply.text(NOBODY_ANSWERED)));
    }

    private void record(List<ConversationEvent> events) {
        for (ConversationEvent event : events) {
            conversation = conversation.apply(new RecordedEvent(conversation.lastSeq() + 1, clock.instant(), event));
        }
    }
}
