package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.backoffice.remote.RemoteSystem;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Qmatic Orchestra appointment system, through its Calendar Public Appointment API (JSON, header {@code
 * X-Api-Key}): services, the branches of a service, free dates and times (v2, given in the branch's local time without
 * zone), booking a time, reading and deleting an appointment.
 */
final class QmaticClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Qmatic writes offsets as {@code +0000} in some answers and {@code +00:00} in others. */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

    private final RemoteSystem remote;
    private final String base;
    private final String apiKey;
    private final ZoneId zone;

    QmaticClient(RemoteSystem remote, URI baseUrl, String apiKey, ZoneId zone) {
        this.remote = remote;
        this.base = RemoteSystem.root(baseUrl);
        this.apiKey = apiKey;
        this.zone = zone;
    }

    /** A Qmatic service: what appointments are booked for. */
    record Service(String publicId, String name, Duration duration, boolean bookable) {}

    /**
     * An appointment as Qmatic holds it.
     *
     * @param custom the free text the booking carried in {@code custom} (Cibeles keeps the procedure id there)
     */
    record Booked(
            String publicId,
            String branchId,
            String serviceId,
            ZonedDateTime start,
            ZonedDateTime end,
            String custom) {}

    List<Service> services() {
        return remote.exchange("services", get("/v1/services"), true, body -> {
            List<Service> services = new ArrayList<>();
            for (JsonNode service : list(body, "serviceList")) {
                services.add(service(service));
            }
            return services;
        });
    }

    /** The public ids of the branches where a service is booked. */
    List<String> branchesOf(String servicePublicId) {
        return remote.exchange(
                "branches", get("/v1/services/" + segment(servicePublicId) + "/branches"), true, body -> {
                    List<String> branches = new ArrayList<>();
                    for (JsonNode branch : list(body, "branchList")) {
                        branches.add(required(branch, "publicId"));
                    }
                    return branches;
                });
    }

    List<LocalDate> dates(String branchId, String serviceId) {
        String path = "/v2/branches/" + segment(branchId) + "/dates;servicePublicId=" + segment(serviceId);
        return remote.exchange("dates", get(path), true, body -> {
            List<LocalDate> dates = new ArrayList<>();
            for (JsonNode date : list(body, "dates")) {
                dates.add(LocalDateTime.parse(date.asString()).toLocalDate());
            }
            return dates;
        });
    }

    List<LocalTime> times(String branchId, String serviceId, LocalDate date) {
        String path =
                "/v2/branches/" + segment(branchId) + "/dates/" + date + "/times;servicePublicId=" + segment(serviceId);
        return remote.exchange("times", get(path), true, body -> {
            List<LocalTime> times = new ArrayList<>();
            for (JsonNode time : list(body, "times")) {
                times.add(LocalTime.parse(time.asString()));
            }
            return times;
        });
    }

    /** Books a time; never repeated here, since a lost answer may hide a booked appointment. */
    Booked book(
            String branchId,
            String serviceId,
            ZonedDateTime start,
            String title,
            String customerName,
            String customerPhone,
            String externalId,
            String custom) {
        ZonedDateTime local = start.withZoneSameInstant(zone);
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("lastName", customerName == null || customerName.isBlank() ? "Cibeles" : customerName);
        if (customerPhone != null) {
            customer.put("phone", customerPhone);
        }
        customer.put("externalId", externalId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("customer", customer);
        body.put("notes", "Reservada por Cibeles, el asistente de Línea Madrid.");
        body.put("custom", custom);
        String path = "/v1/branches/" + segment(branchId) + "/services/" + segment(serviceId) + "/dates/"
                + local.toLocalDate() + "/times/"
                + DateTimeFormatter.ofPattern("HH:mm").format(local) + "/book";
        HttpRequest.Builder post = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        return remote.exchange("book", post, false, answer -> booked(JSON.readTree(answer)));
    }

    Booked appointment(String publicId) {
        return remote.exchange(
                "appointment",
                get("/v1/appointments/" + segment(publicId)),
                true,
                body -> booked(JSON.readTree(body).required("appointment")));
    }

    /** Deletes an appointment; repeating it does no harm. */
    void cancel(String publicId) {
        remote.exchange(
                "cancel", request("/v1/appointments/" + segment(publicId)).DELETE(), true, body -> body);
    }

    private Service service(JsonNode service) {
        JsonNode duration = service.get("duration");
        return new Service(
                required(service, "publicId"),
                required(service, "name"),
                Duration.ofMinutes(duration == null || !duration.isNumber() ? 0 : duration.asInt()),
                service.path("active").asBoolean(true)
                        && service.path("publicEnabled").asBoolean(true));
    }

    private Booked booked(JsonNode appointment) {
        JsonNode services = appointment.path("services");
        return new Booked(
                required(appointment, "publicId"),
                required(appointment.required("branch"), "publicId"),
                services.isArray() && !services.isEmpty() ? required(services.get(0), "publicId") : null,
                instant(required(appointment, "start")),
                instant(required(appointment, "end")),
                appointment.hasNonNull("custom") ? appointment.get("custom").asString() : null);
    }

    private ZonedDateTime instant(String text) {
        return OffsetDateTime.parse(text, INSTANT).atZoneSameInstant(zone);
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-Api-Key", apiKey);
        }
        return request;
    }

    private static JsonNode list(String body, String field) {
        JsonNode list = JSON.readTree(body).required(field);
        if (!list.isArray()) {
            throw new IllegalStateException(field + " is not a list");
        }
        return list;
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null
                || value.isNull()
                || !value.isValueNode()
                || value.asString().isEmpty()) {
            throw new IllegalStateException("missing " + field);
        }
        return value.asString();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
