package es.madrid.linea.system;

import es.madrid.linea.bot.conversation.ConversationClosedException;
import es.madrid.linea.bot.conversation.InvalidMessageException;
import es.madrid.linea.bot.conversation.UnknownConversationException;
import es.madrid.linea.bot.privacy.PersonalDataMasker;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * One home for the API's errors: every failure a client can cause becomes a 4xx with {@code {"error", "message"}};
 * only a fault of ours is a 500, and it is logged (masked) without echoing internals to the client.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    public static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(code, message));
    }

    /**
     * The API error for an exception raised outside Spring MVC (e.g. a STOMP message), with the same codes the HTTP
     * API uses.
     */
    public ResponseEntity<ApiError> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidMessageException invalid) {
                return invalidMessage(invalid);
            }
            if (t instanceof UnknownConversationException unknown) {
                return unknownConversation(unknown);
            }
            if (t instanceof ConversationClosedException closed) {
                return closedConversation(closed);
            }
            if (t instanceof MessageConversionException) {
                return error(HttpStatus.BAD_REQUEST, "malformed_json", "El mensaje no es un JSON válido.");
            }
            if (t instanceof IllegalArgumentException illegal) {
                return illegalArgument(illegal);
            }
        }
        return unexpected(failure instanceof Exception e ? e : new IllegalStateException(failure));
    }

    @ExceptionHandler(InvalidMessageException.class)
    ResponseEntity<ApiError> invalidMessage(InvalidMessageException e) {
        return error(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
    }

    @ExceptionHandler(UnknownConversationException.class)
    ResponseEntity<ApiError> unknownConversation(UnknownConversationException e) {
        return error(
                HttpStatus.NOT_FOUND,
                "conversation_not_found",
                "No existe ninguna conversación con ese identificador.");
    }

    @ExceptionHandler(ConversationClosedException.class)
    ResponseEntity<ApiError> closedConversation(ConversationClosedException e) {
        return error(
                HttpStatus.CONFLICT,
                "conversation_closed",
                "Esta conversación ya ha terminado. Empieza una nueva para seguir.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedBodyRequest.BodyTooLargeException) {
                return error(HttpStatus.PAYLOAD_TOO_LARGE, "payload_too_large", "La petición es demasiado grande.");
            }
            if (t instanceof UnrecognizedPropertyException unknown) {
                return error(
                        HttpStatus.BAD_REQUEST,
                        "unknown_field",
                        "Campo desconocido: '" + unknown.getPropertyName() + "'.");
            }
        }
        return error(HttpStatus.BAD_REQUEST, "malformed_json", "El cuerpo de la petición no es un JSON válido.");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        String fields = e.getBindingResult().getFieldErrors().stream()
                .map(ApiErrors::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return error(HttpStatus.BAD_REQUEST, "invalid_request", fields);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", "Parámetros no válidos.");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", "Falta un parámetro o su valor no es válido.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> illegalArgument(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid_request", PersonalDataMasker.mask(e.getMessage()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "Método no permitido: " + e.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return error(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Envía el cuerpo como application/json en UTF-8.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return error(HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "Esta API responde en application/json.");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", "No existe ese recurso.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("unexpected error", e);
        return error(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal_error",
                "Ha ocurrido un error interno. Inténtalo de nuevo más tarde.");
    }

    private static String describe(FieldError error) {
        return error.getField() + ": " + error.getDefaultMessage();
    }
}
