package es.madrid.linea.backoffice.alerts;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertService;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The embedded registry's alerts and services as GeoReport v2 entries, fields in the specification's order. */
final class Open311Documents {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private final ZoneId zone;

    Open311Documents(ZoneId zone) {
        this.zone = zone;
    }

    Map<String, Object> service(AlertService service) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("service_code", service.id());
        entry.put("service_name", service.name());
        entry.put("description", service.description());
        entry.put("metadata", false);
        entry.put("type", "realtime");
        entry.put("keywords", String.join(",", service.keywords()));
        entry.put("group", service.group());
        return entry;
    }

    Map<String, Object> request(Alert alert) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("service_request_id", alert.code());
        entry.put("status", alert.status().wireName());
        entry.put("status_notes", alert.statusNotes());
        entry.put("service_name", alert.serviceName());
        entry.put("service_code", alert.serviceId());
        entry.put("description", alert.description());
        entry.put("agency_responsible", null);
        entry.put("service_notice", null);
        entry.put("requested_datetime", w3(alert.createdAt()));
        entry.put("updated_datetime", w3(alert.updatedAt()));
        entry.put("expected_datetime", null);
        entry.put("address", alert.address());
        entry.put("address_id", null);
        entry.put("zipcode", null);
        entry.put("lat", alert.location() == null ? null : alert.location().lat());
        entry.put("long", alert.location() == null ? null : alert.location().lon());
        entry.put("media_url", alert.photoUrl());
        return entry;
    }

    static Map<String, Object> error(int code, String description) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", code);
        entry.put("description", description);
        return entry;
    }

    Map<String, Object> discovery(String endpointUrl, String changeset) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", endpointUrl);
        endpoint.put("changeset", changeset);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", changeset);
        discovery.put("contact", "Línea Madrid: 010 (914 800 010 desde fuera de Madrid), https://www.madrid.es");
        discovery.put("key_service", "Read-only endpoints: no API key is needed.");
        discovery.put("endpoints", List.of(endpoint));
        return discovery;
    }

    /** W3C date-time with the council's offset, e.g. 2026-11-30T10:00:00+01:00. */
    String w3(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).toOffsetDateTime().withNano(0));
    }
}
