package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.routing.RoutingRefusal;
import org.springframework.http.HttpStatus;

/** An error for the console, in the API's shape: a stable code and a Spanish message for the agent. */
record ConsoleError(String error, String message) {

    static ConsoleError of(RoutingRefusal refusal) {
        return new ConsoleError(refusal.code(), refusal.getMessage());
    }

    static HttpStatus statusOf(RoutingRefusal refusal) {
        switch (refusal.code()) {
            case "forbidden":
            case "not_yours":
            case "not_your_queue":
                return HttpStatus.FORBIDDEN;
            case "desk_busy":
                return HttpStatus.SERVICE_UNAVAILABLE;
            case "invalid_request":
            case "empty_text":
            case "text_too_long":
                return HttpStatus.BAD_REQUEST;
            default:
                return HttpStatus.CONFLICT;
        }
    }
}
