package es.madrid.linea.bot.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed level-2 headings of a procedure, in their required order. The dialogue answers "the part that was
 * asked" by picking one of them, so they are a closed set: a heading with another name is an error in the content.
 */
public enum ProcedureSection {
    WHAT("Qué es", "what"),
    WHO("Quién puede hacerlo", "who"),
    REQUIREMENTS("Requisitos", "requirements"),
    DOCUMENTS("Documentación", "documents"),
    PRICE("Precio", "price"),
    DEADLINES("Plazos", "deadlines"),
    HOW_AND_WHERE("Cómo y dónde", "how_and_where"),
    MORE_INFORMATION("Más información", "more_information");

    private final String heading;
    private final String key;

    ProcedureSection(String heading, String key) {
        this.heading = heading;
        this.key = key;
    }

    /** The Spanish heading as written in the content ({@code ## Documentación}). */
    public String heading() {
        return heading;
    }

    /** A stable ASCII key for APIs and option payloads ({@code documents}). */
    public String key() {
        return key;
    }

    /** The sections every procedure must have. */
    public boolean required() {
        return this == WHAT || this == HOW_AND_WHERE;
    }

    public static Optional<ProcedureSection> byHeading(String heading) {
        return Arrays.stream(values()).filter(s -> s.heading.equals(heading)).findFirst();
    }

    public static Optional<ProcedureSection> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
