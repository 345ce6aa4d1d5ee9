package es.madrid.linea.backoffice.appointments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import es.madrid.linea.bot.appointments.CalendarService;
import es.madrid.linea.bot.appointments.OfficeCalendar;
import es.madrid.linea.bot.testing.CalendarFixture;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Qmatic Calendar Public Appointment API in a WireMock extension, for tests, answering in the shapes of the
 * reference mocks (serviceList, branchList, dates, times, the booked appointment). Its branches are the two offices of
 * {@link CalendarFixture} with their real hours; a time is free while fewer than its desks are booked. A booked time
 * answers 409 with {@code {"msg"}}.
 */
public final class FakeQmatic implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-qmatic";
    public static final String API_KEY = "qmatic-key";
    public static final String BASE = "/calendar-backend/public/api";

    /** The branch public ids of the fixture's offices. */
    public static final Map<String, String> BRANCHES = Map.of(
            CalendarFixture.ARGANZUELA,
            "f364d92b7fa07a48c4ecc862de30c47",
            CalendarFixture.RETIRO,
            "f7d0e4e45558de30c4772e4f1cc862");

    /** The Qmatic public ids of the fixture's services. */
    public static final Map<String, String> SERVICES = Map.of(
            CalendarFixture.PADRON,
            "54b3482204c11bedc8b0a7acbffa308",
            CalendarFixture.TRIBUTOS,
            "1e0c3d34acb5a4ad0133b2927959e896d");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter QMATIC_INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final Pattern BOOK = Pattern.compile(
            "/v1/branches/([^/]+)/services/([^/]+)/dates/(\\d{4}-\\d{2}-\\d{2})/times/(\\d{2}:\\d{2})/book");

    private final Clock clock;
    private final OfficeCalendar calendar = CalendarFixture.calendar();
    private final Map<String, Map<String, Object>> appointments = new LinkedHashMap<>();
    private int next = 1;

    public FakeQmatic(Clock clock) {
        this.clock = clock;
    }

    public void serveOn(WireMockServer server) {
        server.stubFor(any(urlMatching(BASE + "/.*"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(NAME)));
    }

    /** How many appointments are booked now. */
    public synchronized int booked() {
        return appointments.size();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.like(event.getResponseDefinition())
                .withHeader("Content-Type", "application/json;charset=UTF-8");
        if (!API_KEY.equals(event.getRequest().getHeader("X-Api-Key"))) {
            return answer.withStatus(401).withBody("{\"msg\":\"Unauthorized\"}").build();
        }
        String path = event.getRequest().getUrl().substring(BASE.length());
        String method = event.getRequest().getMethod().getName();
        Matcher book = BOOK.matcher(path);
        if ("POST".equals(method) && book.matches()) {
            return book(
                    answer,
                    book.group(1),
                    book.group(2),
                    LocalDate.parse(book.group(3)),
                    LocalTime.parse(book.group(4)),
                    event);
        }
        if ("GET".equals(method) && path.equals("/v1/services")) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (CalendarService service : CalendarFixture.services()) {
                list.add(service(service));
            }
            return ok(answer, Map.of("serviceList", list, "notifications", List.of(), "meta", Map.of()));
        }
        if ("GET".equals(method) && path.matches("/v1/services/[^/]+/branches")) {
            CalendarService service = service(path.split("/")[3]);
            if (service == null) {
                return answer.withStatus(404)
                        .withBody("{\"msg\":\"Service not found\"}")
                        .build();
            }
            List<Map<String, Object>> branches = new ArrayList<>();
            for (String office : service.officeIds()) {
                branches.add(Map.of(
                        "publicId",
                        BRANCHES.get(office),
                        "name",
                        office,
                        "addressZip",
                        "28045",
                        "timeZone",
                        "Europe/Madrid"));
            }
            return ok(answer, Map.of("branchList", branches, "notifications", List.of()));
        }
        if ("GET".equals(method) && path.startsWith("/v2/branches/") && path.contains("/dates")) {
            return availability(answer, path);
        }
        if (path.startsWith("/v1/appointments/")) {
            String id = path.substring("/v1/appointments/".length());
            Map<String, Object> appointment = appointments.get(id);
            if (appointment == null) {
                return answer.withStatus(404)
                        .withBody("{\"msg\":\"Appointment not found\"}")
                        .build();
            }
            if ("DELETE".equals(method)) {
                appointments.remove(id);
                return answer.withStatus(204).withBody("").build();
            }
            return ok(answer, Map.of("appointment", appointment, "notifications", List.of(), "meta", Map.of()));
        }
        return answer.withStatus(404).withBody("{\"msg\":\"Not found\"}").build();
    }

    private ResponseDefinition availability(ResponseDefinitionBuilder answer, String path) {
        // /v2/branches/{b}/dates;servicePublicId=X   or   /v2/branches/{b}/dates/{d}/times;servicePublicId=X
        String[] parts = path.split(";servicePublicId=");
        String[] segments = parts[0].split("/");
        String office = office(segments[3]);
        CalendarService service = service(parts.length > 1 ? parts[1] : "");
        if (office == null || service == null || !calendar.offers(office, service)) {
            return answer.withStatus(404)
                    .withBody("{\"msg\":\"Branch or service not found\"}")
                    .build();
        }
        ZonedDateTime now = clock.instant().atZone(CalendarFixture.MADRID);
        if (segments.length == 5) {
            List<String> dates = new ArrayList<>();
            for (LocalDate day = now.toLocalDate();
                    day.isBefore(now.toLocalDate().plusDays(60));
                    day = day.plusDays(1)) {
                if (!free(office, service, day).isEmpty()) {
                    dates.add(day + "T00:00:00");
                }
            }
            return ok(answer, Map.of("dates", dates, "notifications", List.of()));
        }
        LocalDate day = LocalDate.parse(segments[5]);
        List<String> times = free(office, service, day).stream()
                .map(start -> start.toLocalTime().toString())
                .toList();
        return ok(answer, Map.of("times", times, "notifications", List.of()));
    }

    private ResponseDefinition book(
            ResponseDefinitionBuilder answer,
            String branch,
            String serviceId,
            LocalDate day,
            LocalTime time,
            ServeEvent event) {
        String office = office(branch);
        CalendarService service = service(serviceId);
        if (office == null || service == null) {
            return answer.withStatus(404)
                    .withBody("{\"msg\":\"Branch or service not found\"}")
                    .build();
        }
        ZonedDateTime start = day.atTime(time).atZone(CalendarFixture.MADRID);
        if (!free(office, service, day).contains(start)) {
            return answer.withStatus(409)
                    .withBody("{\"msg\":\"The time slot is no longer available\"}")
                    .build();
        }
        JsonNode request = JSON.readTree(event.getRequest().getBodyAsString());
        String id = String.format("%032x", next++);
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("services", List.of(service(service)));
        appointment.put("allDay", false);
        appointment.put("status", 20);
        appointment.put("resource", Map.of("name", "Resource 1"));
        appointment.put(
                "customers",
                List.of(Map.of(
                        "lastName",
                        request.path("customer").path("lastName").asString(""),
                        "externalId",
                        request.path("customer").path("externalId").asString(""))));
        appointment.put("blocking", false);
        appointment.put("title", request.path("title").asString(""));
        appointment.put("start", QMATIC_INSTANT.format(start.withZoneSameInstant(java.time.ZoneOffset.UTC)));
        appointment.put(
                "end",
                QMATIC_INSTANT.format(start.plus(service.slotLength()).withZoneSameInstant(java.time.ZoneOffset.UTC)));
        appointment.put("publicId", id);
        appointment.put(
                "branch",
                Map.of(
                        "publicId",
                        branch,
                        "name",
                        office,
                        "timeZone",
                        "Europe/Madrid",
                        "fullTimeZone",
                        "Europe/Madrid"));
        appointment.put("notes", request.path("notes").asString(""));
        appointment.put(
                "custom",
                request.path("custom").isNull() ? null : request.path("custom").asString());
        appointments.put(id, appointment);
        return ok(answer, appointment);
    }

    private List<ZonedDateTime> free(String office, CalendarService service, LocalDate day) {
        ZonedDateTime now = clock.instant().atZone(CalendarFixture.MADRID);
        Map<String, Integer> taken = new HashMap<>();
        for (Map<String, Object> appointment : appointments.values()) {
            String branch = (String) ((Map<?, ?>) appointment.get("branch")).get("publicId");
            String serviceId = (String) ((Map<?, ?>) ((List<?>) appointment.get("services")).get(0)).get("publicId");
            if (BRANCHES.get(office).equals(branch)
                    && SERVICES.get(service.id()).equals(serviceId)) {
                taken.merge((String) appointment.get("start"), 1, Integer::sum);
            }
        }
        return calendar
                .slotStarts(
                        office,
                        service,
                        day.atStartOfDay(CalendarFixture.MADRID),
                        day.plusDays(1).atStartOfDay(CalendarFixture.MADRID))
                .stream()
                .filter(start -> start.isAfter(now))
                .filter(start -> taken.getOrDefault(
                                QMATIC_INSTANT.format(start.withZoneSameInstant(java.time.ZoneOffset.UTC)), 0)
                        < service.capacity())
                .toList();
    }

    private static Map<String, Object> service(CalendarService service) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("additionalCustomerDuration", 0);
        entry.put("duration", service.slotLength().toMinutes());
        entry.put("name", service.name());
        entry.put("publicId", SERVICES.get(service.id()));
        entry.put("active", true);
        entry.put("publicEnabled", true);
        entry.put("custom", null);
        return entry;
    }

    private static CalendarService service(String publicId) {
        return CalendarFixture.services().stream()
                .filter(service -> SERVICES.get(service.id()).equals(publicId))
                .findFirst()
                .orElse(null);
    }

    private static String office(String branch) {
        return BRANCHES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(branch))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static ResponseDefinition ok(ResponseDefinitionBuilder answer, Object body) {
        return answer.withStatus(200).withBody(JSON.writeValueAsString(body)).build();
    }
}
