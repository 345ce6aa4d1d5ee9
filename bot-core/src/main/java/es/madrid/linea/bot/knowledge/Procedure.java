package es.madrid.linea.bot.knowledge;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A published municipal procedure: its front matter and its body split by the fixed headings. Section texts are
 * Markdown as the editors wrote them (see {@link MarkdownText} to show them on a channel).
 *
 * @param revision the published revision this is; answers cite it
 * @param appointmentService the cita previa service name when {@code needsAppointment} is required, else null
 * @param channels where it can be done: {@code online}, {@code telefono-010}, {@code oac}...
 * @param related ids of related procedures
 * @param offices ids of the offices where it is done, when not any Línea Madrid office
 * @param synonyms how citizens call it
 * @param intents the intents that lead to it
 * @param confidence how sure the content is of its facts: {@code high}, {@code medium} or {@code low}
 * @param sections the body by heading, in heading order; absent headings are absent keys
 */
public record Procedure(
        String id,
        String title,
        String category,
        String summary,
        long revision,
        String officialUrl,
        AppointmentNeed needsAppointment,
        String appointmentService,
        String fee,
        List<String> channels,
        List<String> related,
        List<String> offices,
        List<String> synonyms,
        List<String> intents,
        List<String> sources,
        LocalDate lastReviewed,
        String confidence,
        Map<ProcedureSection, String> sections) {

    public Procedure {
        channels = List.copyOf(channels);
        related = List.copyOf(related);
        offices = List.copyOf(offices);
        synonyms = List.copyOf(synonyms);
        intents = List.copyOf(intents);
        sources = List.copyOf(sources);
        EnumMap<ProcedureSection, String> ordered = new EnumMap<>(ProcedureSection.class);
        ordered.putAll(sections);
        sections = Collections.unmodifiableMap(ordered);
    }

    public Optional<String> section(ProcedureSection section) {
        return Optional.ofNullable(sections.get(section));
    }

    /** An appointment can be booked for it: cita previa is required and the appointment system's service is named. */
    public boolean bookable() {
        return needsAppointment == AppointmentNeed.REQUIRED
                && appointmentService != null
                && !appointmentService.isBlank();
    }

    /** The same procedure as another revision. */
    public Procedure withRevision(long newRevision) {
        return new Procedure(
                id,
                title,
                category,
                summary,
                newRevision,
                officialUrl,
                needsAppointment,
                appointmentService,
                fee,
                channels,
                related,
                offices,
                synonyms,
                intents,
                sources,
                lastReviewed,
                confidence,
                sections);
    }

    /** The body as Markdown: every section under its heading, in the fixed order. */
    public String body() {
        return sections.entrySet().stream()
                .map(e -> "## " + e.getKey().heading() + "\n" + e.getValue())
                .collect(Collectors.joining("\n\n", "", "\n"));
    }
}
