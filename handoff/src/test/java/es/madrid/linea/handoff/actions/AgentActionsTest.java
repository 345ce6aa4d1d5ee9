package es.madrid.linea.handoff.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertService;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.InMemoryAlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.appointments.CalendarAppointmentBook;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.ConversationListener;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.InMemoryConversationStore;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.dialogue.GreetingDialogue;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.knowledge.AppointmentNeed;
import es.madrid.linea.bot.knowledge.InMemoryKnowledgeBase;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import es.madrid.linea.bot.knowledge.ProcedureSection;
import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.IncidentCategory;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.KeywordUnderstanding;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.ReminderPlan;
import es.madrid.linea.bot.notifications.ReminderSchedule;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.offices.District;
import es.madrid.linea.bot.offices.InMemoryOfficeDirectory;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeType;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.ProcedureFixture;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agents' actions over the real in-memory back office (alerts desk, calendar with reminders), the in-memory
 * conversation log and a directory of two offices; commands run on the caller's thread so each test reads the result.
 */
class AgentActionsTest {

    private static final String AGENT = "ana";
    private static final String PADRON_ALTA = "empadronamiento-alta";
    /** Far enough ahead for a reminder the day before. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    private final TestClock clock = new TestClock(CalendarFixture.MONDAY_MORNING);
    private final ConversationService conversations = new ConversationService(
            new InMemoryConversationStore(),
            new KeywordUnderstanding(),
            new GreetingDialogue(),
            ConversationListener.NONE,
            clock,
            new SequentialIds("c"),
            CalendarFixture.MADRID,
            100);
    private final ReminderSchedule reminders =
            ReminderSchedule.inMemory(ReminderPlan.standard(CalendarFixture.MADRID), clock, new SequentialIds("r"));
    private final RemindedAppointmentBook book = new RemindedAppointmentBook(
            CalendarAppointmentBook.inMemory(CalendarFixture.calendar(), clock, new SequentialIds("A")), reminders);
    private final List<ActionResult> results = new CopyOnWriteArrayList<>();
    private final AtomicBoolean alertsDown = new AtomicBoolean();
    private final List<NewAlert> filed = new ArrayList<>();
    private AgentActions actions;
    private String conversationId;

    @BeforeEach
    void setUp() {
        AlertsDesk inMemory = new InMemoryAlertsDesk(clock, AlertsDeskContract.SERVICES);
        AlertsDesk alerts = new AlertsDesk() {
            @Override
            public Outcome<List<AlertService>> services() {
                return inMemory.services();
            }

            @Override
            public Outcome<Alert> file(NewAlert alert) {
                filed.add(alert);
                return alertsDown.get() ? Outcome.pending("ticket-1") : inMemory.file(alert);
            }

            @Override
            public Outcome<Alert> status(String code) {
                return inMemory.status(code);
            }
        };
        InMemoryKnowledgeBase knowledge = new InMemoryKnowledgeBase(List.of(padronAlta(), ProcedureFixture.ibiPago()));
        InMemoryOfficeDirectory offices = new InMemoryOfficeDirectory(
                List.of(
                        office(CalendarFixture.ARGANZUELA, "Línea Madrid Arganzuela", "Arganzuela", 40.398, -3.700),
                        office(CalendarFixture.RETIRO, "Línea Madrid Retiro", "Retiro", 40.411, -3.676)),
                List.of(
                        new District(
                                2,
                                "Arganzuela",
                                List.of(),
                                List.of(),
                                CalendarFixture.ARGANZUELA,
                                List.of("28005", "28045")),
                        new District(3, "Retiro", List.of(), List.of(), CalendarFixture.RETIRO, List.of("28009"))));
        actions = AgentActions.assemble(
                (agent, id) -> {
                    if (!AGENT.equals(agent)) {
                        throw new RoutingRefusal("not_yours", "Esa conversación no está asignada a ti.");
                    }
                },
                conversations,
                new AgentActions.Ports(alerts, book, reminders, offices, knowledge),
                (agent, result) -> results.add(result),
                Runnable::run,
                clock,
                CalendarFixture.MADRID);
        conversationId = conversations
                .start(Channel.WEB, new CitizenProfile("Carmen", null, 1948, "28045", null, true), null)
                .conversationId();
    }

    // ------------------------------------------------------------------ alerts

    @Test
    void theAlertFormStartsFromWhatTheCitizenSaidAndTheDialogueConfirmed() {
        say(new UserUttered(
                "la farola de mi calle no funciona",
                null,
                null,
                null,
                understanding(
                        List.of(new Entity("address", "calle de Toledo 120", "calle de Toledo 120", 0, 0)),
                        List.of(
                                new IncidentCategory(AlertsDeskContract.STREET_LIGHT, "Farola apagada", 0.82),
                                new IncidentCategory(AlertsDeskContract.PAVEMENT, "Desperfecto en acera", 0.1)))));
        say(new SlotSet(GatheredFacts.ALERT_LOCATION, "40.40,-3.71"), new SlotSet(GatheredFacts.PHOTO, "photo-1"));

        AlertDraft draft = actions.alertDraft(AGENT, conversationId);

        assertThat(draft.serviceId()).isEqualTo(AlertsDeskContract.STREET_LIGHT);
        assertThat(draft.address()).isEqualTo("calle de Toledo 120");
        assertThat(draft.description()).isEqualTo("la farola de mi calle no funciona");
        assertThat(draft.lat()).isEqualTo(40.40);
        assertThat(draft.lon()).isEqualTo(-3.71);
        assertThat(draft.photo()).isEqualTo("photo-1");
        assertThat(draft.suggestions())
                .extracting(AlertDraft.Suggestion::percent)
                .containsExactly(82, 10);
        assertThat(draft.services()).hasSize(2);
        assertThat(draft.problem()).isNull();
    }

    @Test
    void aConfirmedSlotWinsOverWhatTheUnderstandingFound() {
        say(new UserUttered(
                "hay un bache en la acera",
                null,
                null,
                null,
                understanding(
                        List.of(new Entity("address", "calle equivocada 1", "calle equivocada 1", 0, 0)),
                        List.of(new IncidentCategory(AlertsDeskContract.STREET_LIGHT, "Farola apagada", 0.4)))));
        say(
                new SlotSet(GatheredFacts.ALERT_SERVICE, AlertsDeskContract.PAVEMENT),
                new SlotSet(GatheredFacts.ALERT_ADDRESS, "paseo de las Delicias 30"),
                new SlotSet(GatheredFacts.ALERT_DESCRIPTION, "baldosas levantadas"));

        AlertDraft draft = actions.alertDraft(AGENT, conversationId);

        assertThat(draft.serviceId()).isEqualTo(AlertsDeskContract.PAVEMENT);
        assertThat(draft.address()).isEqualTo("paseo de las Delicias 30");
        assertThat(draft.description()).isEqualTo("baldosas levantadas");
    }

    @Test
    void aFiledAlertIsRecordedAsTheAgentsActionAndTheCitizenGetsItsCode() {
        say(new SlotSet(GatheredFacts.PHOTO, "whatsapp-media:77"));

        actions.fileAlert(AGENT, alert("req-0001", AlertsDeskContract.STREET_LIGHT, "calle de Toledo 120", true));

        ActionResult result = onlyResult();
        assertThat(result.status()).isEqualTo(ActionResult.DONE);
        assertThat(result.reference()).isNotBlank();
        assertThat(filed.get(0).photoUrl()).isEqualTo("whatsapp-media:77");
        assertThat(filed.get(0).idempotencyKey()).isEqualTo(conversationId + ":agent:req-0001");
        List<ConversationEvent> events = events();
        assertThat(events).contains(new ActionExecuted(Conversation.FILE_ALERT, "ok", result.reference(), "agent:ana"));
        AgentUttered told = last(events, AgentUttered.class);
        assertThat(told.agent()).isEqualTo(AGENT);
        assertThat(told.text())
                .contains(result.reference())
                .contains("Farola apagada")
                .contains("010");
        assertThat(conversations.conversation(conversationId).alerts()).containsExactly(result.reference());
    }

    @Test
    void theSameRequestSentTwiceFilesOneAlertAndTellsTheCitizenOnce() {
        AlertRequest request = alert("req-0002", AlertsDeskContract.STREET_LIGHT, "calle de Toledo 120", false);

        actions.fileAlert(AGENT, request);
        actions.fileAlert(AGENT, request);

        assertThat(results).hasSize(2);
        assertThat(results.get(1).reference()).isEqualTo(results.get(0).reference());
        assertThat(events().stream().filter(ActionExecuted.class::isInstance)).hasSize(1);
        assertThat(events().stream().filter(AgentUttered.class::isInstance)).hasSize(1);
    }

    @Test
    void anAlertTheSystemRejectsIsShownToTheAgentAndNothingIsRecorded() {
        int before = events().size();

        actions.fileAlert(AGENT, alert("req-0003", "no-such-service", "calle de Toledo 120", false));

        ActionResult result = onlyResult();
        assertThat(result.status()).isEqualTo(ActionResult.FAILED);
        assertThat(result.failure()).isEqualTo("rejected");
        assertThat(result.message()).contains("no ha aceptado");
        assertThat(events()).hasSize(before);
    }

    @Test
    void whenTheAlertsSystemIsDownTheAlertIsKeptAndTheCitizenToldItWillFollow() {
        alertsDown.set(true);

        actions.fileAlert(AGENT, alert("req-0004", AlertsDeskContract.STREET_LIGHT, "calle de Toledo 120", false));

        ActionResult result = onlyResult();
        assertThat(result.status()).isEqualTo(ActionResult.PENDING);
        assertThat(events()).noneMatch(ActionExecuted.class::isInstance);
        assertThat(last(events(), AgentUttered.class).text()).contains("guardado");
    }

    @Test
    void aFormWithoutCategoryOrPlaceIsRefusedAtOnceAndNothingIsFiled() {
        assertThatThrownBy(() -> actions.fileAlert(AGENT, alert("req-0005", " ", "calle de Toledo 120", false)))
                .isInstanceOf(RoutingRefusal.class)
                .hasMessageContaining("categoría");
        assertThatThrownBy(
                        () -> actions.fileAlert(AGENT, alert("req-0006", AlertsDeskContract.STREET_LIGHT, "", false)))
                .isInstanceOf(RoutingRefusal.class)
                .hasMessageContaining("dirección");
        assertThatThrownBy(() -> actions.fileAlert(
                        AGENT,
                        new AlertRequest(
                                conversationId,
                                "x",
                                AlertsDeskContract.STREET_LIGHT,
                                "calle 1",
                                null,
                                null,
                                null,
                                false)))
                .isInstanceOf(RoutingRefusal.class)
                .extracting(e -> ((RoutingRefusal) e).code())
                .isEqualTo("invalid_request");
        assertThat(filed).isEmpty();
        assertThat(results).isEmpty();
    }

    @Test
    void onlyTheAgentHoldingTheConversationMayActOnIt() {
        assertThatThrownBy(() -> actions.alertDraft("luis", conversationId))
                .isInstanceOf(RoutingRefusal.class)
                .extracting(e -> ((RoutingRefusal) e).code())
                .isEqualTo("not_yours");
        assertThatThrownBy(() -> actions.fileAlert(
                        "luis", alert("req-0007", AlertsDeskContract.STREET_LIGHT, "calle de Toledo 120", false)))
                .isInstanceOf(RoutingRefusal.class);
        assertThat(filed).isEmpty();
    }

    // ------------------------------------------------------------------ appointments

    @Test
    void theAppointmentFormOffersTheConsultedProcedureAndTheReferenceOfficeOfTheCitizensPostcode() {
        say(new KnowledgeConsulted(
                List.of(new ProcedureRef("ibi-pago", 1, 0.9), new ProcedureRef(PADRON_ALTA, 1, 0.8))));

        AppointmentDraft draft = actions.appointmentDraft(AGENT, conversationId, null);

        assertThat(draft.procedures()).extracting(ProcedureChoice::id).containsExactly(PADRON_ALTA);
        assertThat(draft.procedureId()).isEqualTo(PADRON_ALTA);
        assertThat(draft.offices())
                .extracting(AppointmentDraft.OfficeChoice::id)
                .containsExactlyInAnyOrder(CalendarFixture.ARGANZUELA, CalendarFixture.RETIRO);
        assertThat(draft.officeId()).isEqualTo(CalendarFixture.ARGANZUELA);
        assertThat(draft.officeReason()).contains("Arganzuela").contains("28045");
        assertThat(draft.citizenName()).isEqualTo("Carmen");
        assertThat(draft.reminder()).isEqualTo("web");
    }

    @Test
    void aBookedAppointmentIsRecordedWithItsReminderAndTheCitizenGetsTheDetails() {
        SlotChoice slot = firstSlot(CalendarFixture.RETIRO, WEDNESDAY);

        actions.bookAppointment(AGENT, appointment("req-0101", CalendarFixture.RETIRO, slot.start(), "web"));

        ActionResult result = onlyResult();
        assertThat(result.status()).isEqualTo(ActionResult.DONE);
        assertThat(events())
                .contains(new ActionExecuted(Conversation.BOOK_APPOINTMENT, "ok", result.reference(), "agent:ana"));
        String told = last(events(), AgentUttered.class).text();
        assertThat(told)
                .contains("Línea Madrid Retiro")
                .contains(result.reference())
                .contains(slot.label())
                .contains("- hoja padronal\n- DNI, NIE o pasaporte")
                .contains("recordaremos");
        assertThat(reminders.reminderOf(result.reference()).orElseThrow().status())
                .isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(conversations.conversation(conversationId).appointments()).containsExactly(result.reference());
    }

    @Test
    void aTakenSlotIsShownToTheAgentWhoPicksAnother() {
        SlotChoice slot = firstSlot(CalendarFixture.RETIRO);
        // The Padrón has two desks: two other bookings fill the time.
        actions.bookAppointment(AGENT, appointment("req-0201", CalendarFixture.RETIRO, slot.start(), "web"));
        actions.bookAppointment(AGENT, appointment("req-0202", CalendarFixture.RETIRO, slot.start(), "web"));
        results.clear();
        int before = events().size();

        actions.bookAppointment(AGENT, appointment("req-0203", CalendarFixture.RETIRO, slot.start(), "web"));

        ActionResult result = onlyResult();
        assertThat(result.status()).isEqualTo(ActionResult.FAILED);
        assertThat(result.failure()).isEqualTo("slot_taken");
        assertThat(result.message()).contains("ya no está libre");
        assertThat(events()).hasSize(before);
        assertThat(firstSlot(CalendarFixture.RETIRO).start()).isNotEqualTo(slot.start());
    }

    @Test
    void aBookingFormWithAWrongChoiceIsRefusedBeforeTheAppointmentSystemIsAsked() {
        SlotChoice slot = firstSlot(CalendarFixture.RETIRO);

        assertThatThrownBy(() ->
                        actions.bookAppointment(AGENT, appointment("req-0301", "oac-nowhere", slot.start(), "web")))
                .extracting(e -> ((RoutingRefusal) e).code())
                .isEqualTo("unknown_office");
        assertThatThrownBy(() -> actions.bookAppointment(
                        AGENT, appointment("req-0302", CalendarFixture.RETIRO, "mañana a las diez", "web")))
                .hasMessageContaining("horas libres");
        assertThatThrownBy(() -> actions.bookAppointment(
                        AGENT, appointment("req-0303", CalendarFixture.RETIRO, slot.start(), "sms")))
                .hasMessageContaining("teléfono");
        assertThatThrownBy(() -> actions.bookAppointment(
                        AGENT,
                        new AppointmentRequest(
                                conversationId,
                                "req-0304",
                                "ibi-pago",
                                CalendarFixture.RETIRO,
                                slot.start(),
                                null,
                                null,
                                "web")))
                .extracting(e -> ((RoutingRefusal) e).code())
                .isEqualTo("not_bookable");
        assertThat(results).isEmpty();
    }

    @Test
    void aReminderBySmsGoesToThePhoneTheAgentTyped() {
        SlotChoice slot = firstSlot(CalendarFixture.ARGANZUELA, WEDNESDAY);

        actions.bookAppointment(
                AGENT,
                new AppointmentRequest(
                        conversationId,
                        "req-0401",
                        PADRON_ALTA,
                        CalendarFixture.ARGANZUELA,
                        slot.start(),
                        "Carmen",
                        "600 12 34 56",
                        "sms"));

        ActionResult result = onlyResult();
        assertThat(result.status()).isEqualTo(ActionResult.DONE);
        assertThat(reminders
                        .reminderOf(result.reference())
                        .orElseThrow()
                        .request()
                        .recipient())
                .isEqualTo("+34600123456");
        assertThat(last(events(), AgentUttered.class).text()).contains("SMS");
    }

    // ------------------------------------------------------------------ helpers

    private SlotChoice firstSlot(String office) {
        return firstSlot(office, null);
    }

    private SlotChoice firstSlot(String office, LocalDate from) {
        List<SlotChoice> slots = actions.freeSlots(AGENT, conversationId, PADRON_ALTA, office, from);
        assertThat(slots).isNotEmpty();
        return slots.get(0);
    }

    private AlertRequest alert(String requestId, String service, String address, boolean photo) {
        return new AlertRequest(conversationId, requestId, service, address, null, null, "No luce desde ayer.", photo);
    }

    private AppointmentRequest appointment(String requestId, String office, String start, String reminder) {
        return new AppointmentRequest(conversationId, requestId, PADRON_ALTA, office, start, "Carmen", null, reminder);
    }

    private ActionResult onlyResult() {
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private void say(ConversationEvent... events) {
        conversations.record(conversationId, List.of(events));
    }

    private List<ConversationEvent> events() {
        return conversations.events(conversationId).stream()
                .map(RecordedEvent::event)
                .toList();
    }

    private static <T> T last(List<ConversationEvent> events, Class<T> type) {
        T found = null;
        for (ConversationEvent event : events) {
            if (type.isInstance(event)) {
                found = type.cast(event);
            }
        }
        assertThat(found).as("a " + type.getSimpleName()).isNotNull();
        return found;
    }

    private static Understanding understanding(List<Entity> entities, List<IncidentCategory> categories) {
        return new Understanding(new Intent("report_incident", 0.9), List.of(), entities, categories);
    }

    private static Procedure padronAlta() {
        Procedure base = ProcedureFixture.empadronamientoAlta();
        return new Procedure(
                base.id(),
                base.title(),
                base.category(),
                base.summary(),
                base.revision(),
                base.officialUrl(),
                AppointmentNeed.REQUIRED,
                CalendarFixture.PADRON_NAME,
                base.fee(),
                base.channels(),
                base.related(),
                base.offices(),
                base.synonyms(),
                base.intents(),
                base.sources(),
                base.lastReviewed(),
                base.confidence(),
                Map.of(ProcedureSection.DOCUMENTS, "- Hoja padronal.\n- DNI, NIE o pasaporte."));
    }

    private static Office office(String id, String name, String district, double lat, double lon) {
        return new Office(
                id,
                name,
                name,
                OfficeType.OAC,
                district,
                null,
                null,
                "Calle Principal 1",
                "28000",
                new GeoPoint(lat, lon),
                null,
                "De lunes a viernes",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                true,
                null);
    }
}
