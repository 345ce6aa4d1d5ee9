package es.madrid.linea.backoffice.alerts;

import es.madrid.linea.backoffice.ApiTimes;
import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertCode;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.system.ApiErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/alerts/{code}}: an alert's status, whatever alerts system is behind. */
@RestController
@RequestMapping(path = "/api/v1/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Alerts", description = "Follow a street-incident alert by its code")
class AlertController {

    private final AlertsDesk alerts;
    private final ApiTimes times;

    AlertController(AlertsDesk alerts, ApiTimes times) {
        this.alerts = alerts;
        this.times = times;
    }

    @GetMapping("/{code}")
    @Operation(summary = "The alert with this code (7 or 8 digits)")
    ResponseEntity<?> alert(@PathVariable String code) {
        if (!AlertCode.isWellFormed(code)) {
            return ApiErrors.error(
                    HttpStatus.BAD_REQUEST, "invalid_alert_code", "El número de aviso tiene 7 u 8 cifras.");
        }
        Outcome<Alert> outcome = alerts.status(code);
        if (outcome instanceof Outcome.Done<Alert> done) {
            return ResponseEntity.ok(AlertView.of(done.value(), times));
        }
        if (outcome.failureIfFailed().filter(f -> f == Failure.NOT_FOUND).isPresent()) {
            return ApiErrors.error(HttpStatus.NOT_FOUND, "alert_not_found", "No hay ningún aviso con ese número.");
        }
        return ApiErrors.error(
                HttpStatus.SERVICE_UNAVAILABLE,
                "alerts_unavailable",
                "El sistema de avisos no responde ahora. Inténtalo más tarde o llama al 010.");
    }

    /** The public view of an alert (API.md); times with the council's offset. */
    record AlertView(
            String code,
            String serviceId,
            String serviceName,
            String status,
            String statusNotes,
            String address,
            Double lat,
            Double lon,
            String description,
            String createdAt,
            String updatedAt) {

        static AlertView of(Alert alert, ApiTimes times) {
            return new AlertView(
                    alert.code(),
                    alert.serviceId(),
                    alert.serviceName(),
                    alert.status().wireName(),
                    alert.statusNotes(),
                    alert.address(),
                    alert.location() == null ? null : alert.location().lat(),
                    alert.location() == null ? null : alert.location().lon(),
                    alert.description(),
                    times.format(alert.createdAt()),
                    times.format(alert.updatedAt()));
        }
    }
}
