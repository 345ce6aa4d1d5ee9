package es.madrid.linea.knowledge.api;

import es.madrid.linea.bot.knowledge.Procedure;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A published procedure as {@code GET /api/v1/kb/procedures/{id}} shows it: its fields, its sections (with a stable
 * key, the heading and the Markdown text), the whole body and the revision.
 *
 * @param needsAppointment {@code required}, {@code not_required} or {@code unknown}
 */
public record ProcedureView(
        String id,
        long revision,
        String title,
        String category,
        String summary,
        String officialUrl,
        String needsAppointment,
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
        List<Section> sections,
        String body) {

    /** One section of the body. */
    public record Section(String key, String heading, String text) {}

    static ProcedureView of(Procedure p) {
        return new ProcedureView(
                p.id(),
                p.revision(),
                p.title(),
                p.category(),
                p.summary(),
                p.officialUrl(),
                p.needsAppointment().name().toLowerCase(Locale.ROOT),
                p.appointmentService(),
                p.fee(),
                p.channels(),
                p.related(),
                p.offices(),
                p.synonyms(),
                p.intents(),
                p.sources(),
                p.lastReviewed(),
                p.confidence(),
                p.sections().entrySet().stream()
                        .map(e -> new Section(e.getKey().key(), e.getKey().heading(), e.getValue()))
                        .toList(),
                p.body());
    }
}
