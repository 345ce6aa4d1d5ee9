package es.madrid.linea.backoffice.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import es.madrid.linea.bot.alerts.AlertService;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoReport v2 server in a WireMock extension, for tests: it keeps the requests it is sent and answers in the
 * specification's JSON (services, new requests with an API key, requests by id and by search, tokens in batch mode,
 * errors as {@code [{"code","description"}]}). Faults are stubbed above it: a stub with a fault or a delay that names
 * this transformer creates the request and then loses the answer, like a server that did the work but whose answer
 * never arrived.
 */
public final class FakeOpen311 implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-open311";
    public static final String API_KEY = "test-api-key";
    public static final String BASE = "/open311/v2";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final Clock clock;
    private final List<AlertService> services;
    private final Map<String, Map<String, Object>> requests = new LinkedHashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private long next = 8_317_229;
    private boolean batch;

    public FakeOpen311(Clock clock, List<AlertService> services) {
        this.clock = clock;
        this.services = List.copyOf(services);
    }

    /** Sends every call under {@value #BASE} to this fake (faults can be stubbed at a higher priority). */
    public void serveOn(WireMockServer server) {
        server.stubFor(any(urlPathMatching(BASE + "/.*"))
                .atPriority(10)
                .willReturn(aResponse().withTransformers(NAME)));
    }

    /** Answer new requests with a token (a batch server) instead of an id. */
    public synchronized void batch(boolean on) {
        this.batch = on;
    }

    public synchronized int created() {
        return requests.size();
    }

    /** Closes a request, as the council's services would. */
    public synchronized void close(String id, String notes) {
        Map<String, Object> request = requests.get(id);
        request.put("status", "closed");
        request.put("status_notes", notes);
        request.put("updated_datetime", now());
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
        LoggedRequest request = event.getRequest();
        ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.like(event.getResponseDefinition())
                .withHeader("Content-Type", "application/json; charset=utf-8");
        String path = URI.create(request.getUrl()).getPath().substring(BASE.length());
        String method = request.getMethod().getName();
        if ("GET".equals(method) && path.equals("/services.json")) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (AlertService service : services) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("service_code", service.id());
                entry.put("service_name", service.name());
                entry.put("description", service.description());
                entry.put("metadata", false);
                entry.put("type", batch ? "batch" : "realtime");
                entry.put("keywords", String.join(",", service.keywords()));
                entry.put("group", service.group());
                list.add(entry);
            }
            return answer.withStatus(200)
                    .withBody(JSON.writeValueAsString(list))
                    .build();
        }
        if ("POST".equals(method) && path.equals("/requests.json")) {
            return create(form(request.getBodyAsString()), answer);
        }
        if ("GET".equals(method) && path.startsWith("/requests/") && path.endsWith(".json")) {
            Map<String, Object> found = requests.get(path.substring("/requests/".length(), path.length() - 5));
            return found == null
                    ? error(answer, 404, "service_request_id not found")
                    : answer.withStatus(200)
                            .withBody(JSON.writeValueAsString(List.of(found)))
                            .build();
        }
        if ("GET".equals(method) && path.equals("/requests.json")) {
            return answer.withStatus(200)
                    .withBody(JSON.writeValueAsString(search(request)))
                    .build();
        }
        if ("GET".equals(method) && path.startsWith("/tokens/")) {
            String token = path.substring("/tokens/".length(), path.length() - 5);
            String id = tokens.get(token);
            return id == null
                    ? error(answer, 404, "token not found")
                    : answer.withStatus(200)
                            .withBody(
                                    JSON.writeValueAsString(List.of(Map.of("service_request_id", id, "token", token))))
                            .build();
        }
        return error(answer, 400, "unknown resource " + path);
    }

    private ResponseDefinition create(Map<String, String> form, ResponseDefinitionBuilder answer) {
        if (!API_KEY.equals(form.get("api_key"))) {
            return error(answer, 403, "Invalid api_key received -- can't proceed with create_request.");
        }
        AlertService service = services.stream()
                .filter(s -> s.id().equals(form.get("service_code")))
                .findFirst()
                .orElse(null);
        if (service == null) {
            return error(answer, 404, "service_code " + form.get("service_code") + " not found");
        }
        if (form.get("address_string") == null && (form.get("lat") == null || form.get("long") == null)) {
            return error(answer, 400, "a location is required: lat and long, or address_string");
        }
        String id = Long.toString(next++);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", id);
        created.put("status", "open");
        created.put("status_notes", null);
        created.put("service_name", service.name());
        created.put("service_code", service.id());
        created.put("description", form.getOrDefault("description", ""));
        created.put("agency_responsible", null);
        created.put("service_notice", null);
        created.put("requested_datetime", now());
        created.put("updated_datetime", now());
        created.put("expected_datetime", null);
        created.put("address", form.get("address_string"));
        created.put("lat", form.get("lat") == null ? null : Double.valueOf(form.get("lat")));
        created.put("long", form.get("long") == null ? null : Double.valueOf(form.get("long")));
        created.put("media_url", form.get("media_url"));
        requests.put(id, created);
        Map<String, Object> body = new LinkedHashMap<>();
        if (batch) {
            String token = "tk" + id;
            tokens.put(token, id);
            body.put("token", token);
        } else {
            body.put("service_request_id", id);
        }
        body.put("service_notice", null);
        body.put("account_id", null);
        return answer.withStatus(200)
                .withBody(JSON.writeValueAsString(List.of(body)))
                .build();
    }

    private List<Map<String, Object>> search(LoggedRequest request) {
        String code = parameter(request, "service_code");
        Instant start = instant(parameter(request, "start_date"));
        Instant end = instant(parameter(request, "end_date"));
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> candidate : requests.values()) {
            Instant at = OffsetDateTime.parse((String) candidate.get("requested_datetime"))
                    .toInstant();
            if ((code == null || code.equals(candidate.get("service_code")))
                    && (start == null || !at.isBefore(start))
                    && (end == null || !at.isAfter(end))) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static String parameter(LoggedRequest request, String name) {
        var parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : null;
    }

    private static Instant instant(String text) {
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }

    private String now() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                clock.instant().atZone(MADRID).toOffsetDateTime().withNano(0));
    }

    private static ResponseDefinition error(ResponseDefinitionBuilder answer, int status, String description) {
        return answer.withStatus(status)
                .withBody(JSON.writeValueAsString(List.of(Map.of("code", status, "description", description))))
                .build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }
}
