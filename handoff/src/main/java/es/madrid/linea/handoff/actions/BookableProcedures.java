package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.knowledge.AppointmentNeed;
import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.knowledge.KnowledgeHit;
import es.madrid.linea.bot.knowledge.MarkdownText;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.knowledge.ProcedureSection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The procedures an appointment can be booked for: published, needing cita previa, with the appointment system's
 * service named. The ones the conversation consulted come first; the agent may search for any other.
 */
final class BookableProcedures {

    static final int MAX_QUERY = 200;
    private static final int SEARCHED = 20;
    private static final int SHOWN = 8;

    private final KnowledgeBase knowledge;

    BookableProcedures(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    Optional<Procedure> bookable(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_QUERY) {
            return Optional.empty();
        }
        return knowledge
                .procedure(id)
                .filter(p -> p.needsAppointment() == AppointmentNeed.REQUIRED)
                .filter(p -> p.appointmentService() != null
                        && !p.appointmentService().isBlank());
    }

    List<ProcedureChoice> among(Collection<String> ids) {
        return ids.stream()
                .map(this::bookable)
                .flatMap(Optional::stream)
                .map(p -> new ProcedureChoice(p.id(), p.title()))
                .toList();
    }

    /** The bookable procedures that best answer the agent's words; none for empty words. */
    List<ProcedureChoice> search(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String words = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        return among(knowledge.search(words, SEARCHED).stream()
                        .map(KnowledgeHit::id)
                        .toList())
                .stream()
                .limit(SHOWN)
                .toList();
    }

    /** The procedure's documents to bring, one line each, as plain text for any channel. */
    static List<String> documents(Procedure procedure) {
        return procedure
                .section(ProcedureSection.DOCUMENTS)
                .map(MarkdownText::forReading)
                .map(text -> text.lines()
                        .map(line -> line.replaceFirst("^\\s*[-*+]\\s+", "").strip())
                        .filter(line -> !line.isEmpty())
                        .toList())
                .orElse(List.of());
    }
}
