package es.madrid.linea.backoffice.alerts;

import es.madrid.linea.backoffice.remote.RemoteSystem;
import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertService;
import es.madrid.linea.bot.alerts.AlertStatus;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.geo.GeoPoint;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Open311 GeoReport v2 server spoken to in JSON: the service list, new service requests (form-encoded, as the
 * specification asks), the status of a request, and the search used to find out whether a request whose answer was
 * lost was created after all. It reads Madrid's Avisos API too, which derives from Open311 ({@code service_id},
 * {@code status_node_type}).
 */
final class Open311Client {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How close (in degrees, about 30 m) a found request's location must be to the one sent. */
    private static final double SAME_PLACE = 0.0003;

    private final RemoteSystem remote;
    private final String base;
    private final String apiKey;
    private final String jurisdictionId;

    Open311Client(RemoteSystem remote, URI baseUrl, String apiKey, String jurisdictionId) {
        this.remote = remote;
        this.base = RemoteSystem.root(baseUrl);
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        this.jurisdictionId = jurisdictionId == null || jurisdictionId.isBlank() ? null : jurisdictionId;
    }

    /** What the server said to a new request: its id, or (batch servers) a token to ask for the id later. */
    record Created(String requestId, String token) {}

    List<AlertService> services() {
        return remote.exchange("services", get("/services.json", Map.of()), true, body -> {
            List<AlertService> services = new ArrayList<>();
            for (JsonNode service : array(body)) {
                services.add(new AlertService(
                        required(service, "service_code"),
                        required(service, "service_name"),
                        text(service, "group"),
                        text(service, "description"),
                        keywords(text(service, "keywords"))));
            }
            return services;
        });
    }

    /** Posts a new service request; never repeated here, since a lost answer may hide a created request. */
    Created create(NewAlert alert) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("jurisdiction_id", jurisdictionId);
        form.put("service_code", alert.serviceId());
        if (alert.location() != null) {
            form.put("lat", Double.toString(alert.location().lat()));
            form.put("long", Double.toString(alert.location().lon()));
        }
        form.put("address_string", alert.address());
        form.put("description", alert.description());
        form.put("media_url", alert.photoUrl());
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        return remote.exchange("create request", post, false, body -> {
            JsonNode first = first(body);
            String id = text(first, "service_request_id");
            String token = text(first, "token");
            if (id == null && token == null) {
                throw new IllegalStateException("neither service_request_id nor token");
            }
            return new Created(id, token);
        });
    }

    /** The request id a batch server gave a token, once it has one. */
    Optional<String> requestIdOfToken(String token) {
        return remote.exchange(
                "token",
                get("/tokens/" + segment(token) + ".json", Map.of()),
                true,
                body -> Optional.ofNullable(text(first(body), "service_request_id")));
    }

    /** One request by id. */
    Alert request(String id) {
        return remote.exchange(
                "request", get("/requests/" + segment(id) + ".json", Map.of()), true, body -> alert(first(body)));
    }

    /**
     * The request this alert became, if the server has one like it (same service, description and place) filed
     * since {@code since}: how a send whose answer was lost is reconciled before sending again.
     */
    Optional<Alert> findFiled(NewAlert alert, Instant since, Instant until) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("service_code", alert.serviceId());
        query.put("start_date", w3(since.minusSeconds(300)));
        query.put("end_date", w3(until.plusSeconds(300)));
        List<Alert> candidates = remote.exchange("search requests", get("/requests.json", query), true, body -> {
            List<Alert> found = new ArrayList<>();
            for (JsonNode request : array(body)) {
                found.add(alert(request));
            }
            return found;
        });
        return candidates.stream()
                .filter(found -> alert.serviceId().equals(found.serviceId()))
                .filter(found -> alert.description()
                        .equals(
                                found.description() == null
                                        ? ""
                                        : found.description().strip()))
                .filter(found -> samePlace(alert, found))
                .min((a, b) -> a.createdAt().compareTo(b.createdAt()));
    }

    private static boolean samePlace(NewAlert sent, Alert found) {
        if (sent.location() != null && found.location() != null) {
            return Math.abs(sent.location().lat() - found.location().lat()) < SAME_PLACE
                    && Math.abs(sent.location().lon() - found.location().lon()) < SAME_PLACE;
        }
        return sent.address() != null && sent.address().equalsIgnoreCase(found.address());
    }

    private HttpRequest.Builder get(String path, Map<String, String> query) {
        Map<String, String> all = new LinkedHashMap<>(query);
        all.put("jurisdiction_id", jurisdictionId);
        String parameters = encode(all);
        return HttpRequest.newBuilder(URI.create(base + path + (parameters.isEmpty() ? "" : "?" + parameters)))
                .header("Accept", "application/json")
                .GET();
    }

    private static Alert alert(JsonNode request) {
        String created = required(request, "requested_datetime");
        String updated = text(request, "updated_datetime");
        Double lat = number(request, "lat");
        Double lon = number(request, "long");
        GeoPoint location = lat == null || lon == null ? null : new GeoPoint(lat, lon);
        String serviceCode = text(request, "service_code");
        return new Alert(
                required(request, "service_request_id"),
                serviceCode != null ? serviceCode : required(request, "service_id"),
                text(request, "service_name"),
                status(request),
                statusNotes(request),
                text(request, "address"),
                location,
                text(request, "description"),
                text(request, "media_url"),
                OffsetDateTime.parse(created).toInstant(),
                updated == null ? null : OffsetDateTime.parse(updated).toInstant());
    }

    /** Open311's open/closed, or Avisos Madrid's node types: a middle node is open, a final one closed. */
    private static AlertStatus status(JsonNode request) {
        String status = text(request, "status");
        if (status != null) {
            return AlertStatus.fromWireName(status);
        }
        String node = text(request, "status_node_type");
        if (node != null && node.startsWith("final")) {
            return AlertStatus.CLOSED;
        }
        return AlertStatus.OPEN;
    }

    private static String statusNotes(JsonNode request) {
        String notes = text(request, "status_notes");
        if (notes == null && request.path("status_node").hasNonNull("visible_name")) {
            notes = request.path("status_node").get("visible_name").asString();
        }
        return notes;
    }

    private static List<String> keywords(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .toList();
    }

    private static JsonNode array(String body) {
        JsonNode json = JSON.readTree(body);
        if (!json.isArray()) {
            throw new IllegalStateException("an Open311 answer is an array");
        }
        return json;
    }

    private static JsonNode first(String body) {
        JsonNode json = array(body);
        if (json.isEmpty()) {
            throw new IllegalStateException("an empty Open311 answer");
        }
        return json.get(0);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asString() : null;
        return text == null || text.isEmpty() ? null : text;
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalStateException("missing " + field);
        }
        return value;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? value.asDouble() : Double.valueOf(value.asString());
    }

    private static String w3(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atOffset(ZoneOffset.UTC).withNano(0));
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
