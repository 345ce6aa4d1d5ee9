package es.madrid.linea.channels.whatsapp;

import tools.jackson.databind.JsonNode;

/** Lenient reads of Meta's JSON, whose fields come and go between API versions: absent or mistyped is null. */
public final class JsonFields {

    private JsonFields() {}

    /** The string at the path, or null when it is absent or not a string. */
    public static String text(JsonNode node, String... path) {
        JsonNode at = at(node, path);
        return at.isString() ? at.stringValue() : null;
    }

    /** The string or number at the path as text (Meta sends some numbers as strings and some ids as numbers). */
    public static String scalar(JsonNode node, String... path) {
        JsonNode at = at(node, path);
        if (at.isString()) {
            return at.stringValue();
        }
        return at.isNumber() ? at.asString() : null;
    }

    public static JsonNode at(JsonNode node, String... path) {
        JsonNode at = node;
        for (String field : path) {
            at = at.path(field);
        }
        return at;
    }
}
