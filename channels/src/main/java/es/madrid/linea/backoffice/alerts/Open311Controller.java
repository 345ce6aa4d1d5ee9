package es.madrid.linea.backoffice.alerts;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertStatus;
import es.madrid.linea.system.CibelesProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Open311 GeoReport v2 read endpoints of the embedded registry, in XML and JSON, so other apps (the Madrid Móvil
 * app, open-data portals) can follow alerts: service discovery, the service list, and service requests by id or by
 * service, status and dates. Writing is not open: alerts are filed through the conversation. When another alerts
 * system is configured, these endpoints answer 404: that system serves its own.
 */
@RestController
@RequestMapping("/open311")
@Tag(name = "Open311", description = "GeoReport v2 read endpoints of the embedded alerts registry")
class Open311Controller {

    private static final Duration LONGEST_RANGE = Duration.ofDays(90);
    private static final int MOST_REQUESTS = 1000;

    private final ObjectProvider<EmbeddedAlertsRegistry> registry;
    private final AlertsProperties properties;
    private final Open311Documents documents;
    private final Clock clock;

    Open311Controller(
            ObjectProvider<EmbeddedAlertsRegistry> registry,
            AlertsProperties properties,
            CibelesProperties cibeles,
            Clock clock) {
        this.registry = registry;
        this.properties = properties;
        this.documents = new Open311Documents(cibeles.zone());
        this.clock = clock;
    }

    @GetMapping("/discovery.{format}")
    @Operation(summary = "Open311 service discovery")
    ResponseEntity<String> discovery(@PathVariable String format) {
        Open311Format as = format(format);
        registry();
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/open311/v2")
                .toUriString();
        return ok(as, as.write("discovery", documents.discovery(url, "2026-11-29 00:00")));
    }

    @GetMapping("/v2/services.{format}")
    @Operation(summary = "The kinds of alert (Avisos Madrid services)")
    ResponseEntity<String> services(
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format as = format(format);
        EmbeddedAlertsRegistry alerts = registry();
        checkJurisdiction(jurisdiction);
        return ok(
                as,
                as.write(
                        "services",
                        alerts.catalogue().offered().stream()
                                .map(documents::service)
                                .toList()));
    }

    @GetMapping("/v2/requests.{format}")
    @Operation(summary = "Alerts by id (comma-separated), or by service, status and date range (90 days at most)")
    ResponseEntity<String> requests(
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String status) {
        Open311Format as = format(format);
        EmbeddedAlertsRegistry alerts = registry();
        checkJurisdiction(jurisdiction);
        Instant end = endDate == null ? null : date("end_date", endDate);
        Instant start = startDate == null ? null : date("start_date", startDate);
        if (end == null) {
            end = start == null ? clock.instant() : start.plus(LONGEST_RANGE);
        }
        if (start == null) {
            start = end.minus(LONGEST_RANGE);
        }
        if (start.isAfter(end) || Duration.between(start, end).compareTo(LONGEST_RANGE) > 0) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "start_date and end_date may span 90 days at most");
        }
        List<Alert> found =
                alerts.find(new AlertQuery(list(ids), list(serviceCodes), status(status), start, end, MOST_REQUESTS));
        return ok(
                as,
                as.write(
                        "service_requests",
                        found.stream().map(documents::request).toList()));
    }

    @GetMapping("/v2/requests/{id}.{format}")
    @Operation(summary = "One alert by its code")
    ResponseEntity<String> request(
            @PathVariable String id,
            @PathVariable String format,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format as = format(format);
        EmbeddedAlertsRegistry alerts = registry();
        checkJurisdiction(jurisdiction);
        Alert alert = alerts.status(id)
                .valueIfDone()
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_request_id " + id + " not found"));
        return ok(as, as.write("service_requests", List.of(documents.request(alert))));
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> error(Open311Error error) {
        return ResponseEntity.status(error.status())
                .contentType(error.format().mediaType())
                .body(error.format()
                        .write(
                                "errors",
                                List.of(Open311Documents.error(error.status().value(), error.getMessage()))));
    }

    private EmbeddedAlertsRegistry registry() {
        EmbeddedAlertsRegistry alerts = registry.getIfAvailable();
        if (alerts == null) {
            throw new Open311Error(HttpStatus.NOT_FOUND, "this service uses an external alerts system");
        }
        return alerts;
    }

    private void checkJurisdiction(String jurisdiction) {
        if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(properties.jurisdictionId())) {
            throw new Open311Error(HttpStatus.NOT_FOUND, "jurisdiction_id " + jurisdiction + " not found");
        }
    }

    private static Open311Format format(String extension) {
        return Open311Format.of(extension)
                .orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "formats are xml and json"));
    }

    private static Instant date(String name, String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, name + " must be a w3 date-time, e.g. 2026-11-30T00:00:00Z");
        }
    }

    private static AlertStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> wanted = list(value);
        if (wanted.size() > 1) {
            return null; // open and closed: every status
        }
        try {
            return AlertStatus.fromWireName(wanted.get(0));
        } catch (IllegalArgumentException e) {
            throw new Open311Error(HttpStatus.BAD_REQUEST, "status is open or closed");
        }
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .limit(MOST_REQUESTS)
                .toList();
    }

    private static ResponseEntity<String> ok(Open311Format format, String body) {
        return ResponseEntity.ok().contentType(format.mediaType()).body(body);
    }

    /** An Open311 error: answered as {@code errors} in the format asked (JSON when unknown). */
    static final class Open311Error extends RuntimeException {
        private final HttpStatus status;

        Open311Error(HttpStatus status, String description) {
            super(description);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }

        Open311Format format() {
            String path =
                    ServletUriComponentsBuilder.fromCurrentRequest().build().getPath();
            return path != null && path.endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
        }
    }
}
