package es.madrid.linea.channels.webchat;

import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.channels.api.MessageRequest;
import es.madrid.linea.system.ApiError;
import es.madrid.linea.system.ApiErrors;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/**
 * Citizen messages over STOMP: {@code SEND /app/conversations/{id}/messages} with the body of the HTTP API. The
 * replies arrive as events on the conversation's topic; a refused message gets an error on
 * {@code /user/queue/errors}.
 */
@Controller
class WebChatController {

    private final ConversationService conversations;
    private final ApiErrors errors;

    WebChatController(ConversationService conversations, ApiErrors errors) {
        this.conversations = conversations;
        this.errors = errors;
    }

    @MessageMapping("/conversations/{id}/messages")
    void send(@DestinationVariable String id, @Payload MessageRequest message) {
        conversations.handle(id, message.toInbound());
    }

    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/errors", broadcast = false)
    ApiError refused(Exception e) {
        return errors.describe(e).getBody();
    }
}
