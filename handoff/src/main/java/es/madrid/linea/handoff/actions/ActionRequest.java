package es.madrid.linea.handoff.actions;

import es.madrid.linea.handoff.routing.RoutingRefusal;
import java.util.regex.Pattern;

/**
 * What every action an agent sends carries: the conversation and the console's id for this request. The id makes the
 * back-office call idempotent: a command sent twice (a double click, a resend after reconnecting) files or books once.
 */
public interface ActionRequest {

    Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    String conversationId();

    String requestId();

    /** Stable across retries of the same request, and never shared with the bot's own keys. */
    default String idempotencyKey() {
        return conversationId() + ":agent:" + requestId();
    }

    /** Refuses a request without a conversation or with a request id the console could not have made. */
    default void checkIds() {
        String id = conversationId();
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new RoutingRefusal("invalid_request", "Falta el identificador de la conversación o no es válido.");
        }
        if (requestId() == null || !REQUEST_ID.matcher(requestId()).matches()) {
            throw new RoutingRefusal("invalid_request", "Falta el identificador de la petición o no es válido.");
        }
    }
}
