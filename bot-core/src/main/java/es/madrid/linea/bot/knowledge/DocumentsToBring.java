package es.madrid.linea.bot.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * What a citizen must bring to an appointment, as short lines for a confirmation, a reminder or an agent's message:
 * the same list wherever the appointment was booked (by the bot or by an agent).
 */
public final class DocumentsToBring {

    /** A reminder is read on a phone: the main documents only; the procedure's link has the rest. */
    static final int AT_MOST = 4;

    private DocumentsToBring() {}

    /**
     * The documents to bring, one short line each, from the procedure's "Documentación": its list items up to their
     * first explanation, without the ones for special cases ("Si pides asilo: ...").
     */
    public static List<String> of(Procedure procedure) {
        return procedure.section(ProcedureSection.DOCUMENTS).stream()
                .flatMap(markdown -> markdown.lines())
                .map(String::strip)
                .filter(line -> line.startsWith("- ") || line.startsWith("* "))
                .map(line -> MarkdownText.forReading(line.substring(2)).strip())
                .filter(line -> !line.isEmpty() && !line.regionMatches(true, 0, "Si ", 0, 3))
                .map(DocumentsToBring::shortened)
                .limit(AT_MOST)
                .toList();
    }

    private static String shortened(String document) {
        String shortest = document;
        for (String cut : List.of(":", " (", ". ")) {
            int at = shortest.indexOf(cut);
            if (at > 3) {
                shortest = shortest.substring(0, at);
            }
        }
        shortest = shortest.strip();
        shortest = shortest.endsWith(".") ? shortest.substring(0, shortest.length() - 1) : shortest;
        // "La hoja padronal" reads as a list item after "Lleva:"; "DNI" keeps its capitals.
        boolean acronym = shortest.length() > 1 && Character.isUpperCase(shortest.charAt(1));
        return acronym ? shortest : shortest.substring(0, 1).toLowerCase(Locale.ROOT) + shortest.substring(1);
    }
}
