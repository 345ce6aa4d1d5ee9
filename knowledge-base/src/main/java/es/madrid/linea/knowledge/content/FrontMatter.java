package es.madrid.linea.knowledge.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Markdown file's front matter: the flat YAML between the first two {@code ---} lines. Flat means scalars and lists
 * of scalars only, so editors never meet indentation puzzles and every value has one obvious place.
 *
 * @param fields the front matter's fields in the order written
 * @param body the Markdown after the closing {@code ---}
 */
public record FrontMatter(Map<String, Object> fields, String body) {

    static final String FIELD = "cabecera";
    private static final String FENCE = "---";

    /** The front matter of a file, or empty after adding to {@code problems} what is malformed. */
    public static Optional<FrontMatter> read(ContentFile file, List<ContentProblem> problems) {
        String text = file.text().replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith(FENCE + "\n")) {
            return fail(file, problems, "el archivo debe empezar con una línea \"---\" que abre la cabecera");
        }
        int close = text.indexOf("\n" + FENCE + "\n", FENCE.length());
        if (close < 0 && text.endsWith("\n" + FENCE)) {
            close = text.length() - FENCE.length() - 1;
        }
        if (close < 0) {
            return fail(file, problems, "falta la línea \"---\" que cierra la cabecera");
        }
        String yaml = text.substring(FENCE.length() + 1, close + 1);
        String body = text.substring(Math.min(text.length(), close + FENCE.length() + 2));
        Object loaded;
        try {
            loaded = SafeYaml.load(yaml);
        } catch (SafeYaml.Unreadable e) {
            return fail(file, problems, e.getMessage());
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            return fail(file, problems, "la cabecera debe ser una lista de campos \"nombre: valor\"");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean flat = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (!isFlat(entry.getValue())) {
                problems.add(new ContentProblem(
                        file.path(),
                        name,
                        "no puede ser un bloque anidado: la cabecera solo admite valores simples y listas de valores"));
                flat = false;
            }
            fields.put(name, entry.getValue());
        }
        return flat ? Optional.of(new FrontMatter(fields, body)) : Optional.empty();
    }

    private static boolean isFlat(Object value) {
        if (value instanceof Map<?, ?>) {
            return false;
        }
        if (value instanceof List<?> list) {
            return list.stream().noneMatch(item -> item instanceof Map<?, ?> || item instanceof List<?>);
        }
        return true;
    }

    private static Optional<FrontMatter> fail(ContentFile file, List<ContentProblem> problems, String message) {
        problems.add(new ContentProblem(file.path(), FIELD, message));
        return Optional.empty();
    }
}
