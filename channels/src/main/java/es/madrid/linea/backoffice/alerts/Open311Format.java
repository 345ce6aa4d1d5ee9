package es.madrid.linea.backoffice.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of GeoReport v2: XML (required by the specification) and JSON (its "Spark convention" mapping of
 * the same document: the root element's children as an array). Documents are built once as ordered maps and lists
 * and written in either format; in XML a list's items take the singular of its name ({@code services} → {@code
 * service}).
 */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON),
    XML(MediaType.TEXT_XML);

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Map<String, String> ITEMS = Map.of(
            "services", "service",
            "service_requests", "request",
            "errors", "error",
            "endpoints", "endpoint",
            "formats", "format");

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Optional<Open311Format> of(String extension) {
        String wanted = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        return "json".equals(wanted) ? Optional.of(JSON) : "xml".equals(wanted) ? Optional.of(XML) : Optional.empty();
    }

    /** A list document, e.g. {@code services} of service entries. */
    String write(String root, List<? extends Map<String, ?>> items) {
        if (this == JSON) {
            return MAPPER.writeValueAsString(items);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        element(xml, root, items);
        return xml.toString();
    }

    /** A document with one root element holding fields, e.g. the discovery document. */
    String write(String root, Map<String, ?> fields) {
        if (this == JSON) {
            return MAPPER.writeValueAsString(fields);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        element(xml, root, fields);
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, Object value) {
        if (value == null) {
            xml.append('<').append(name).append("/>");
            return;
        }
        xml.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> element(xml, String.valueOf(key), child));
        } else if (value instanceof List<?> list) {
            String item = ITEMS.getOrDefault(name, "item");
            list.forEach(child -> element(xml, item, child));
        } else {
            escape(xml, String.valueOf(value));
        }
        xml.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    // Characters XML 1.0 cannot carry at all are dropped.
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        xml.append(c);
                    }
                }
            }
        }
    }
}
