package es.madrid.linea.knowledge.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reading of YAML fields that reports, rather than throws, what is wrong: a missing required field, a number
 * where text was expected, a value outside its list. Every problem names the file and the field.
 */
public final class FieldReader {

    private final String file;
    private final Map<String, ?> fields;
    private final List<ContentProblem> problems;

    public FieldReader(String file, Map<String, ?> fields, List<ContentProblem> problems) {
        this.file = file;
        this.fields = fields;
        this.problems = problems;
    }

    public void problem(String field, String message) {
        problems.add(new ContentProblem(file, field, message));
    }

    public boolean has(String field) {
        Object value = fields.get(field);
        return value != null && !(value instanceof String s && s.isBlank());
    }

    /** A required text; null (with a problem) when missing or not text. */
    public String text(String field) {
        if (!has(field)) {
            problem(field, "falta este campo obligatorio");
            return null;
        }
        return optionalText(field);
    }

    /** A text that may be absent (null). */
    public String optionalText(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            problem(field, "debe ser un texto; si es un número, una fecha o true/false, escríbelo entre comillas");
            return null;
        }
        return text.strip();
    }

    /** A required, non-empty list of texts; empty (with a problem) when missing or malformed. */
    public List<String> list(String field) {
        if (!has(field)) {
            problem(field, "falta este campo obligatorio (una lista)");
            return List.of();
        }
        List<String> list = optionalList(field);
        if (list.isEmpty() && fields.get(field) instanceof List<?>) {
            problem(field, "la lista no puede estar vacía");
        }
        return list;
    }

    /** A list of texts that may be absent (empty). */
    public List<String> optionalList(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            problem(field, "debe ser una lista: [uno, dos] o una línea \"- valor\" por elemento");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String text && !text.isBlank()) {
                texts.add(text.strip());
            } else {
                problem(
                        field,
                        "el elemento \"" + item + "\" no es un texto: si es un número, escríbelo entre comillas"
                                + " ('010')");
            }
        }
        return texts;
    }

    /** A required value from a closed set, read with {@code parse}; empty (with a problem) otherwise. */
    public <T> Optional<T> oneOf(String field, Function<String, Optional<T>> parse, Collection<String> allowed) {
        if (!has(field)) {
            problem(field, "falta este campo obligatorio");
            return Optional.empty();
        }
        String value = String.valueOf(fields.get(field)).strip();
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            problem(field, "valor no válido \"" + value + "\"; los válidos son: " + String.join(", ", allowed));
        }
        return parsed;
    }

    /** Every element must be in the allowed set. */
    public void allIn(String field, List<String> values, Collection<String> allowed) {
        values.stream()
                .filter(v -> !allowed.contains(v))
                .forEach(v -> problem(
                        field, "valor no válido \"" + v + "\"; los válidos son: " + String.join(", ", allowed)));
    }

    /** A required date written as AAAA-MM-DD. */
    public LocalDate date(String field) {
        Object value = fields.get(field);
        if (value == null) {
            problem(field, "falta este campo obligatorio (una fecha AAAA-MM-DD)");
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            problem(field, "debe ser una fecha con la forma AAAA-MM-DD, por ejemplo 2026-11-29");
            return null;
        }
    }

    /** A web address: http(s), no spaces. */
    public void url(String field, String value) {
        if (value != null && !value.matches("https?://[^\\s]+")) {
            problem(field, "\"" + value + "\" no es una dirección web (debe empezar por https://)");
        }
    }
}
