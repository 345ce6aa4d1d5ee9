package es.madrid.linea.handoff.console;

import es.madrid.linea.bot.conversation.UnknownConversationException;
import es.madrid.linea.bot.privacy.PersonalDataMasker;
import es.madrid.linea.handoff.console.ConsoleCommands.CallbackCommand;
import es.madrid.linea.handoff.console.ConsoleCommands.CloseCommand;
import es.madrid.linea.handoff.console.ConsoleCommands.ConversationCommand;
import es.madrid.linea.handoff.console.ConsoleCommands.PresenceCommand;
import es.madrid.linea.handoff.console.ConsoleCommands.TextCommand;
import es.madrid.linea.handoff.console.ConsoleCommands.TransferCommand;
import es.madrid.linea.handoff.desk.Switchboard;
import es.madrid.linea.handoff.routing.Presence;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/**
 * The agents' commands over STOMP ({@code SEND /app/agent/...}). Results arrive on the agent's user queues (the
 * desk, the packet, the conversation's events); a refused command answers on {@code /user/queue/errors}, to the
 * console that sent it only.
 */
@Controller
@MessageMapping("/agent")
class AgentConsoleController {

    private static final Logger log = LoggerFactory.getLogger(AgentConsoleController.class);

    private final Switchboard switchboard;

    AgentConsoleController(Switchboard switchboard) {
        this.switchboard = switchboard;
    }

    @MessageMapping("/presence")
    void presence(Principal principal, @Payload PresenceCommand command) {
        switchboard.presence(StaffMember.required(principal).name(), Presence.fromWireName(command.presence()));
    }

    @MessageMapping("/accept")
    void accept(Principal principal, @Payload ConversationCommand command) {
        switchboard.accept(StaffMember.required(principal).name(), ConsoleCommands.id(command.conversationId()));
    }

    @MessageMapping("/pickup")
    void pickUp(Principal principal, @Payload ConversationCommand command) {
        switchboard.pickUp(StaffMember.required(principal).name(), ConsoleCommands.id(command.conversationId()));
    }

    @MessageMapping("/reply")
    void reply(Principal principal, @Payload TextCommand command) {
        switchboard.reply(
                StaffMember.required(principal).name(), ConsoleCommands.id(command.conversationId()), command.text());
    }

    @MessageMapping("/note")
    void note(Principal principal, @Payload TextCommand command) {
        switchboard.note(
                StaffMember.required(principal).name(), ConsoleCommands.id(command.conversationId()), command.text());
    }

    @MessageMapping("/transfer")
    void transfer(Principal principal, @Payload TransferCommand command) {
        switchboard.transfer(
                StaffMember.required(principal).name(),
                ConsoleCommands.id(command.conversationId()),
                command.queue(),
                command.agent());
    }

    @MessageMapping("/resume")
    void resume(Principal principal, @Payload ConversationCommand command) {
        switchboard.resume(StaffMember.required(principal).name(), ConsoleCommands.id(command.conversationId()));
    }

    @MessageMapping("/close")
    void close(Principal principal, @Payload CloseCommand command) {
        switchboard.close(
                StaffMember.required(principal).name(),
                ConsoleCommands.id(command.conversationId()),
                command.outcome());
    }

    @MessageMapping("/callback-done")
    void callbackDone(Principal principal, @Payload CallbackCommand command) {
        switchboard.completeCallback(
                StaffMember.required(principal).name(), ConsoleCommands.id(command.id()), command.outcome());
    }

    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/errors", broadcast = false)
    ConsoleError refused(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RoutingRefusal refusal) {
                return ConsoleError.of(refusal);
            }
            if (t instanceof UnknownConversationException) {
                return new ConsoleError(
                        "conversation_not_found", "No existe ninguna conversación con ese identificador.");
            }
            if (t instanceof MessageConversionException) {
                return new ConsoleError("malformed_json", "La orden no es un JSON válido.");
            }
            if (t instanceof IllegalArgumentException illegal) {
                return new ConsoleError("invalid_request", PersonalDataMasker.mask(illegal.getMessage()));
            }
        }
        log.error("agent command failed", failure);
        return new ConsoleError("internal_error", "Ha ocurrido un error interno. Inténtalo de nuevo.");
    }
}
