package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.actions.AgentActions;
import es.madrid.linea.handoff.actions.AlertDraft;
import es.madrid.linea.handoff.actions.AppointmentDraft;
import es.madrid.linea.handoff.actions.ProcedureChoice;
import es.madrid.linea.handoff.actions.SlotChoice;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the console reads to fill the forms of an action for the citizen: the alert and appointment forms prefilled
 * from the conversation, the procedures that can be booked, and an office's free times. Only the agent holding the
 * conversation may read them. The actions themselves are sent over STOMP ({@code /app/agent/file-alert}, {@code
 * /app/agent/book-appointment}).
 */
@RestController
@RequestMapping(path = "/api/v1/handoff", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Handoff", description = "Queues and conversations handed to Línea Madrid agents")
class AgentActionsController {

    private final AgentActions actions;

    AgentActionsController(AgentActions actions) {
        this.actions = actions;
    }

    @GetMapping("/conversations/{id}/alert-draft")
    @Operation(summary = "The alert form, filled from what the citizen said (agent holding the conversation only)")
    AlertDraft alertDraft(Principal principal, @PathVariable String id) {
        return actions.alertDraft(StaffMember.required(principal).name(), ConsoleCommands.id(id));
    }

    @GetMapping("/conversations/{id}/appointment-draft")
    @Operation(summary = "The appointment form: procedures, offices with the suggested one, name, phone, reminder")
    AppointmentDraft appointmentDraft(
            Principal principal, @PathVariable String id, @RequestParam(required = false) String procedure) {
        return actions.appointmentDraft(
                StaffMember.required(principal).name(), ConsoleCommands.id(id), blankToNull(procedure));
    }

    @GetMapping("/conversations/{id}/free-slots")
    @Operation(summary = "The first free times of an office for a procedure, from a day on (today by default)")
    List<SlotChoice> freeSlots(
            Principal principal,
            @PathVariable String id,
            @RequestParam String procedure,
            @RequestParam String office,
            @RequestParam(required = false) String from) {
        return actions.freeSlots(
                StaffMember.required(principal).name(), ConsoleCommands.id(id), procedure, office, day(from));
    }

    @GetMapping("/bookable-procedures")
    @Operation(summary = "Procedures that need an appointment and best match the agent's words")
    List<ProcedureChoice> procedures(Principal principal, @RequestParam(name = "q", required = false) String query) {
        StaffMember.required(principal);
        return actions.procedures(query);
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RoutingRefusal("invalid_request", "La fecha no es válida: usa el formato AAAA-MM-DD.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
