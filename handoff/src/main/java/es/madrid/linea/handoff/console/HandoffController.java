package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.desk.AgentDeskView;
import es.madrid.linea.handoff.desk.DeskBoard;
import es.madrid.linea.handoff.desk.Switchboard;
import es.madrid.linea.handoff.packet.HandoffPacket;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The handoff over HTTP, for agents and supervisors (HTTP Basic or the console's session): the live queues, the
 * signed-in agent's desk, and a conversation's packet and events, which a reconnecting console reads to catch up.
 */
@RestController
@RequestMapping(path = "/api/v1/handoff", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Handoff", description = "Queues and conversations handed to Línea Madrid agents")
class HandoffController {

    private final Switchboard switchboard;
    private final DeskBoard board;
    private final Clock clock;

    HandoffController(Switchboard switchboard, DeskBoard board, Clock clock) {
        this.switchboard = switchboard;
        this.board = board;
        this.clock = clock;
    }

    @GetMapping("/queues")
    @Operation(summary = "The queues with their waiting conversations in order, priority and waiting time")
    QueuesResponse queues() {
        return QueuesResponse.of(board.snapshot(), clock.instant());
    }

    /**
     * The signed-in agent's desk, and the token the console needs to sign out.
     *
     * @param csrf the session's token for forms (sign-out)
     */
    record DeskResponse(AgentDeskView desk, Csrf csrf) {}

    record Csrf(String parameterName, String token) {}

    @GetMapping("/desk")
    @Operation(summary = "The signed-in agent's desk: presence, offers, conversations, queues, callbacks")
    DeskResponse desk(Principal principal, CsrfToken csrf) {
        AgentDeskView desk = switchboard.desk(StaffMember.required(principal).name());
        return new DeskResponse(desk, csrf == null ? null : new Csrf(csrf.getParameterName(), csrf.getToken()));
    }

    @GetMapping("/conversations/{id}/packet")
    @Operation(summary = "The handoff packet of a conversation the agent holds (any, for supervisors)")
    HandoffPacket packet(Principal principal, @PathVariable String id) {
        StaffMember member = StaffMember.required(principal);
        return switchboard.packet(member.name(), ConsoleCommands.id(id), member.supervisor());
    }

    @GetMapping("/conversations/{id}/events")
    @Operation(summary = "The events of a conversation the agent holds after a sequence number, to catch up")
    List<ObjectNode> events(
            Principal principal, @PathVariable String id, @RequestParam(defaultValue = "0") long afterSeq) {
        StaffMember member = StaffMember.required(principal);
        return switchboard.events(member.name(), ConsoleCommands.id(id), Math.max(0, afterSeq), member.supervisor());
    }

    @ExceptionHandler(RoutingRefusal.class)
    ResponseEntity<ConsoleError> refused(RoutingRefusal refusal) {
        return ResponseEntity.status(ConsoleError.statusOf(refusal)).body(ConsoleError.of(refusal));
    }
}
