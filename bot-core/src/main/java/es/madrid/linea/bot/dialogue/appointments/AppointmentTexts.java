package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.knowledge.MarkdownText;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.knowledge.ProcedureSection;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.reply.Option;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** How the appointment dialogue names things to the citizen: offices, times, documents. */
final class AppointmentTexts {

    /** Documents listed at most, in the answer and the reminder (the rest is in the procedure's page). */
    static final int DOCUMENTS = 4;

    static final String CALL_010 = "Puedes pedir cita también en madrid.es/citaprevia o llamando al 010.";

    private AppointmentTexts() {}

    /** "Línea Madrid Arganzuela (Paseo de la Chopera, 10)". */
    static String where(Office office) {
        return office.name() + " (" + office.address() + ")";
    }

    /** "Lunes 30 de noviembre, 9:10", for an option. */
    static String label(ZonedDateTime start, ZoneId zone) {
        String day = AppointmentTimes.day(start, zone);
        return day.substring(0, 1).toUpperCase(Locale.ROOT) + day.substring(1) + ", "
                + AppointmentTimes.time(start, zone);
    }

    static List<Option> slotOptions(List<Slot> slots, ZoneId zone, String payloadPrefix) {
        return slots.stream()
                .map(slot -> new Option(payloadPrefix + slot.start().toOffsetDateTime(), label(slot.start(), zone)))
                .toList();
    }

    /**
     * The documents to bring, one short line each, from the procedure's "Documentación": its list items up to their
     * first explanation, without the ones for special cases ("Si pides asilo: ...").
     */
    static List<String> documents(Procedure procedure) {
        return procedure.section(ProcedureSection.DOCUMENTS).stream()
                .flatMap(markdown -> markdown.lines())
                .map(String::strip)
                .filter(line -> line.startsWith("- ") || line.startsWith("* "))
                .map(line -> MarkdownText.forReading(line.substring(2)).strip())
                .filter(line -> !line.isEmpty() && !line.regionMatches(true, 0, "Si ", 0, 3))
                .map(AppointmentTexts::shortened)
                .limit(DOCUMENTS)
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
