package es.madrid.linea.backoffice.pending;

import es.madrid.linea.backoffice.ApiTimes;
import es.madrid.linea.backoffice.pending.Attempt.Succeeded;
import es.madrid.linea.system.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people's side of kept back-office requests (roles AGENT and SUPERVISOR): the requests in a state — {@code
 * review} lists those a person must finish, with everything the citizen gave — and marking one as resolved by hand
 * (e.g. after filing the alert in the council's system), with the reference obtained.
 */
@RestController
@Validated
@RequestMapping(path = "/api/v1/backoffice/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Back office", description = "Requests to external systems that are pending or need a person")
class KeptRequestController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeptRequests requests;
    private final ApiTimes times;

    KeptRequestController(KeptRequests requests, ApiTimes times) {
        this.requests = requests;
        this.times = times;
    }

    @GetMapping
    @Operation(summary = "Kept requests in a state (review, pending, sending, done, failed), newest first")
    ResponseEntity<?> list(
            @RequestParam(defaultValue = "review") String state,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        KeptRequest.State wanted;
        try {
            wanted = KeptRequest.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ApiErrors.error(
                    HttpStatus.BAD_REQUEST, "invalid_state", "El estado es review, pending, sending, done o failed.");
        }
        return ResponseEntity.ok(
                requests.inState(wanted, limit).stream().map(this::view).toList());
    }

    @PostMapping(path = "/{id}/resolved", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark a request a person finished by hand, with the system's reference")
    ResponseEntity<?> resolved(@PathVariable @Size(max = 64) String id, @RequestBody Resolution resolution) {
        if (resolution == null
                || resolution.reference() == null
                || resolution.reference().isBlank()) {
            return ApiErrors.error(HttpStatus.BAD_REQUEST, "invalid_request", "Indica la referencia obtenida.");
        }
        KeptRequest request = requests.byId(id).orElse(null);
        if (request == null) {
            return ApiErrors.error(HttpStatus.NOT_FOUND, "request_not_found", "No existe esa solicitud.");
        }
        if (request.state() != KeptRequest.State.REVIEW) {
            return ApiErrors.error(
                    HttpStatus.CONFLICT, "not_in_review", "Solo se resuelven a mano las solicitudes en revisión.");
        }
        KeptRequest done =
                requests.settle(request, new Succeeded(resolution.reference().strip(), null));
        return ResponseEntity.ok(view(done));
    }

    /** What a person obtained when finishing a request by hand. */
    record Resolution(@NotBlank @Size(max = 120) String reference) {}

    /** A kept request as people see it, with what was asked. */
    record View(
            String id,
            String kind,
            String state,
            String conversationId,
            JsonNode request,
            int attempts,
            boolean uncertain,
            String reference,
            String failure,
            String lastError,
            String createdAt,
            String updatedAt,
            String nextAttemptAt) {}

    private View view(KeptRequest request) {
        return new View(
                request.id(),
                request.kind(),
                request.state().wireName(),
                request.conversationId(),
                JSON.readTree(request.payload()),
                request.attempts(),
                request.uncertain(),
                request.reference(),
                request.failure(),
                request.lastError(),
                times.format(request.createdAt()),
                times.format(request.updatedAt()),
                times.format(request.nextAttemptAt()));
    }
}
