package es.madrid.linea.channels.api;

import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import es.madrid.linea.system.ApiError;
import es.madrid.linea.system.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The language understanding over HTTP, for integrations and the evaluation harness. */
@RestController
@RequestMapping(path = "/api/v1/nlu", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Language understanding", description = "Intent, entities and incident categories of a Spanish text")
class NluController {

    private final LanguageUnderstanding understanding;
    private final Clock clock;

    NluController(LanguageUnderstanding understanding, Clock clock) {
        this.understanding = understanding;
        this.clock = clock;
    }

    @PostMapping(path = "/parse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Understand a text: intent with confidence and ranking, entities, Avisos categories")
    ResponseEntity<?> parse(@RequestBody ParseRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            return invalid("empty_text", "Falta el texto: envía {\"text\": \"...\"}.");
        }
        if (request.text().length() > InboundMessage.MAX_TEXT_LENGTH) {
            return invalid("text_too_long", "El texto es demasiado largo: el máximo son 2.000 caracteres.");
        }
        ZonedDateTime now;
        if (request.referenceTime() == null) {
            now = ZonedDateTime.now(clock);
        } else {
            try {
                now = OffsetDateTime.parse(request.referenceTime()).toZonedDateTime();
            } catch (DateTimeParseException e) {
                return invalid(
                        "invalid_reference_time",
                        "referenceTime debe ser una fecha y hora ISO-8601 con zona, p. ej. 2026-11-29T10:00:00+01:00.");
            }
        }
        return ResponseEntity.ok(ParseResponse.of(understanding.parse(request.text(), now)));
    }

    private static ResponseEntity<ApiError> invalid(String code, String message) {
        return ApiErrors.error(HttpStatus.BAD_REQUEST, code, message);
    }
}
