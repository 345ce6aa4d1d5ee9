package es.madrid.linea.backoffice.remote;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explanation an external system gives with an error, in the shapes met here: Open311's {@code [{"code",
 * "description"}]}, Qmatic's {@code error_message} header or {@code {"msg"}}, Altiria's {@code {"error"}}, or the
 * start of the body as it is.
 */
final class ErrorBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST = 200;

    private ErrorBodies() {}

    static String describe(HttpResponse<String> response) {
        String header = response.headers().firstValue("error_message").orElse(null);
        if (header != null) {
            return shorten(header);
        }
        String body = response.body() == null ? "" : response.body().strip();
        try {
            JsonNode json = JSON.readTree(body);
            JsonNode first = json.isArray() && !json.isEmpty() ? json.get(0) : json;
            for (String field : new String[] {"description", "msg", "message", "error"}) {
                if (first.hasNonNull(field)) {
                    return shorten(first.get(field).asString());
                }
            }
        } catch (RuntimeException notJson) {
            // fall through: show the body as it is
        }
        return shorten(body);
    }

    private static String shorten(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "…";
    }
}
