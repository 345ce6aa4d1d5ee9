package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.knowledge.KnowledgeHit;
import es.madrid.linea.bot.knowledge.Procedure;
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
        return knowledge.procedure(id).filter(Procedure::bookable);
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
}
