package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the console asks to act for a citizen. Only the agent who holds the conversation may read its forms or act on
 * it. A command is checked at once (a mistake is refused before anything happens), then runs on the actions'
 * executor, off the desk's thread and the socket's, because a back-office system may take seconds; its result
 * reaches the agent's consoles through {@link ActionResults}. The same request is never run twice at once.
 */
public final class AgentActions implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentActions.class);

    private final Holding holding;
    private final ConversationService conversations;
    private final AlertFiling alerts;
    private final AppointmentDrafts appointmentDrafts;
    private final AppointmentBooking appointments;
    private final BookableProcedures procedures;
    private final ActionResults results;
    private final Executor executor;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    AgentActions(
            Holding holding,
            ConversationService conversations,
            AlertFiling alerts,
            AppointmentDrafts appointmentDrafts,
            AppointmentBooking appointments,
            BookableProcedures procedures,
            ActionResults results,
            Executor executor) {
        this.holding = holding;
        this.conversations = conversations;
        this.alerts = alerts;
        this.appointmentDrafts = appointmentDrafts;
        this.appointments = appointments;
        this.procedures = procedures;
        this.results = results;
        this.executor = executor;
    }

    /** The other modules' ports the actions use. */
    public record Ports(
            AlertsDesk alerts,
            RemindedAppointmentBook appointments,
            Notifications notifications,
            OfficeDirectory offices,
            KnowledgeBase knowledge) {}

    /** The one place that knows how the actions' parts fit, for the Spring configuration and tests alike. */
    public static AgentActions assemble(
            Holding holding,
            ConversationService conversations,
            Ports ports,
            ActionResults results,
            Executor executor,
            Clock clock,
            ZoneId zone) {
        ActionTexts texts = new ActionTexts(zone);
        OnBehalf onBehalf = new OnBehalf(conversations);
        BookableProcedures procedures = new BookableProcedures(ports.knowledge());
        BookingPlaces places = new BookingPlaces(ports.appointments(), ports.offices(), clock, zone);
        return new AgentActions(
                holding,
                conversations,
                new AlertFiling(ports.alerts(), onBehalf, texts),
                new AppointmentDrafts(procedures, places, new ReferenceOffice(ports.offices())),
                new AppointmentBooking(
                        ports.appointments(), ports.notifications(), procedures, places, onBehalf, texts, zone),
                procedures,
                results,
                executor);
    }

    // ------------------------------------------------------------------ forms

    public AlertDraft alertDraft(String agent, String conversationId) {
        holding.require(agent, conversationId);
        return alerts.draft(facts(conversationId));
    }

    /** @param procedureId the procedure the agent chose, or null for the one the conversation consulted last */
    public AppointmentDraft appointmentDraft(String agent, String conversationId, String procedureId) {
        holding.require(agent, conversationId);
        return appointmentDrafts.draft(facts(conversationId), procedureId);
    }

    /** Procedures that need an appointment, for the agent's words. */
    public List<ProcedureChoice> procedures(String query) {
        return procedures.search(query);
    }

    /** @param from the first day to look at; today when null */
    public List<SlotChoice> freeSlots(
            String agent, String conversationId, String procedureId, String officeId, LocalDate from) {
        holding.require(agent, conversationId);
        return appointments.freeSlots(procedureId, officeId, from);
    }

    // ------------------------------------------------------------------ commands

    public void fileAlert(String agent, AlertRequest request) {
        request.checkIds();
        holding.require(agent, request.conversationId());
        NewAlert alert = alerts.prepare(request, conversations.conversation(request.conversationId()));
        run(agent, request, AlertFiling.ACTION, () -> alerts.file(agent, request, alert));
    }

    public void bookAppointment(String agent, AppointmentRequest request) {
        request.checkIds();
        holding.require(agent, request.conversationId());
        AppointmentBooking.Prepared prepared = appointments.prepare(request);
        run(agent, request, AppointmentBooking.ACTION, () -> appointments.book(agent, request, prepared));
    }

    /** Takes no more commands; those already running finish. */
    @Override
    public void close() {
        if (executor instanceof ExecutorService service) {
            service.shutdown();
        }
    }

    private GatheredFacts facts(String conversationId) {
        return GatheredFacts.read(conversationId, conversations.events(conversationId));
    }

    private void run(String agent, ActionRequest request, String action, Supplier<ActionResult> work) {
        String key = request.idempotencyKey();
        if (!running.add(key)) {
            throw new RoutingRefusal("in_progress", "Esa gestión ya está en marcha: espera a su resultado.");
        }
        try {
            executor.execute(() -> results.tell(agent, settle(request, action, work, key)));
        } catch (RejectedExecutionException e) {
            running.remove(key);
            throw new RoutingRefusal("desk_busy", "Hay muchas gestiones en marcha. Inténtalo de nuevo en un momento.");
        }
    }

    private ActionResult settle(ActionRequest request, String action, Supplier<ActionResult> work, String key) {
        try {
            ActionResult result = work.get();
            log.info(
                    "agent action {} in conversation {}: {} {}",
                    action,
                    request.conversationId(),
                    result.status(),
                    result.reference() == null ? "" : result.reference());
            return result;
        } catch (RuntimeException e) {
            log.error("agent action {} in conversation {} failed", action, request.conversationId(), e);
            return ActionResult.failed(
                    request,
                    action,
                    "internal_error",
                    "Ha ocurrido un error interno. Antes de repetir la gestión, comprueba en la conversación si "
                            + "consta como hecha.");
        } finally {
            running.remove(key);
        }
    }
}
