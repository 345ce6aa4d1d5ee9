package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.CalendarAppointmentBook;
import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SessionStarted;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.dialogue.Answer;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.dialogue.Policy;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.dialogue.forms.Acted;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.dialogue.forms.FormData;
import es.madrid.linea.bot.dialogue.forms.FormStep;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A conversation with the appointment dialogue for tests: the trained understanding, the in-memory calendar of
 * {@link CalendarFixture} with reminders, three offices, and a minimal form engine standing in for the dialogue's
 * (the form in progress takes the turn; at its confirmation "sí" acts; otherwise facts, then the next question).
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

    private Conversation conversation = Conversation.empty("conv-1");
    private List<ConversationEvent> lastTurn = List.of();

    AppointmentChat() {
        this(Channel.WEB, CitizenProfile.anonymous(), UnaryOperator.identity());
    }

    AppointmentChat(Channel channel, CitizenProfile profile, UnaryOperator<AppointmentBook> faults) {
        book = new RemindedAppointmentBook(faults.apply(calendar), reminders);
        dialogue = new AppointmentDialogue(knowledge(), offices(), book, reminders, null);
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

    private List<ConversationEvent> respond(Turn turn) {
        Form form = dialogue.form();
        if (turn.slot(DialogueSlots.FORM).filter(form.name()::equals).isPresent()) {
            Optional<Answer> byPolicy = payloadPolicies(turn);
            if (byPolicy.isPresent()) {
                return byPolicy.get().events();
            }
            return runForm(form, turn);
        }
        for (Policy policy : dialogue.policies()) {
            Optional<Answer> answer = policy.answer(turn);
            if (answer.isPresent()) {
                return answer.get().events();
            }
        }
        return List.of(new BotUttered(Reply.text("(no policy answered)")));
    }

    /** While a form runs, only a tapped option of another policy (e.g. menu:cita) goes elsewhere. */
    private Optional<Answer> payloadPolicies(Turn turn) {
        if (turn.payload() == null
                || turn.payload().startsWith("appointment:procedure:")
                || turn.payload().startsWith("appointment:office:")
                || turn.payload().startsWith("appointment:start:")
                || turn.payload().startsWith("appointment:phone:")) {
            return Optional.empty();
        }
        for (Policy policy : dialogue.policies()) {
            Optional<Answer> answer = policy.answer(turn);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    private static List<ConversationEvent> runForm(Form form, Turn turn) {
        FormData data = FormData.of(turn.conversation().slots());
        List<ConversationEvent> events = new ArrayList<>();
        boolean confirming = turn.slot(DialogueSlots.FORM_STEP)
                .filter(DialogueSlots.CONFIRM_STEP::equals)
                .isPresent();
        if (confirming && turn.hasText() && turn.text().strip().equalsIgnoreCase("sí")) {
            Acted acted = form.act(data, turn);
            events.addAll(acted.events());
            if (acted.finished()) {
                for (String slot : form.slots()) {
                    if (data.has(slot)) {
                        events.add(new SlotSet(slot, null));
                    }
                }
                events.add(new SlotSet(DialogueSlots.FORM, null));
                events.add(new SlotSet(DialogueSlots.FORM_STEP, null));
                return events;
            }
            if (acted.facts().isEmpty()) {
                return events;
            }
            return ask(form, turn, data, acted.facts(), events);
        }
        Map<String, String> facts = form.facts(turn, data);
        return ask(form, turn, data, facts, events);
    }

    private static List<ConversationEvent> ask(
            Form form, Turn turn, FormData data, Map<String, String> facts, List<ConversationEvent> events) {
        facts.forEach((slot, value) -> events.add(new SlotSet(slot, value)));
        FormStep step = form.next(data.with(facts), turn);
        events.add(new SlotSet(DialogueSlots.FORM_STEP, step.step()));
        events.addAll(step.ask());
        return events;
    }

    private void record(List<ConversationEvent> events) {
        for (ConversationEvent event : events) {
            conversation = conversation.apply(new RecordedEvent(conversation.lastSeq() + 1, clock.instant(), event));
        }
    }
}
