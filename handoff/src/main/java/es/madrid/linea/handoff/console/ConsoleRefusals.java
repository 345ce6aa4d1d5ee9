package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.routing.RoutingRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused request to the console's HTTP endpoints answers in the API's error shape with a status that says why
 * (403 not yours, 400 a bad form, 503 a system down, 409 otherwise). Ahead of the application's catch-all advice.
 */
@RestControllerAdvice(basePackageClasses = ConsoleRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleRefusals {

    @ExceptionHandler(RoutingRefusal.class)
    ResponseEntity<ConsoleError> refused(RoutingRefusal refusal) {
        return ResponseEntity.status(ConsoleError.statusOf(refusal)).body(ConsoleError.of(refusal));
    }
}
