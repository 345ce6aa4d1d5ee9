package es.madrid.linea.knowledge.api;

import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.knowledge.KnowledgeHit;
import es.madrid.linea.knowledge.content.ProcedureReader;
import es.madrid.linea.knowledge.editing.UnknownProcedureException;
import es.madrid.linea.knowledge.search.LuceneKnowledgeBase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public knowledge base API: search the published procedures, read one. */
@RestController
@RequestMapping(path = "/api/v1/kb", produces = "application/json")
class KnowledgeController {

    static final int DEFAULT_LIMIT = 5;

    private final KnowledgeBase knowledge;

    KnowledgeController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The search answer: the hits, best first. */
    record SearchResponse(List<KnowledgeHit> hits) {}

    /**
     * Searches the published procedures. Any text is accepted; text with no words (only symbols) finds nothing.
     *
     * @param category one or more categories to search in (repeat the parameter); all when absent
     */
    @GetMapping("/search")
    SearchResponse search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "category", required = false) List<String> category) {
        if (q == null || q.isBlank()) {
            throw new BadParameterException("missing_query", "Falta la pregunta: usa ?q=... con el texto a buscar.");
        }
        return new SearchResponse(knowledge.search(q, categories(category), limit(limit)));
    }

    @GetMapping("/procedures/{id}")
    ProcedureView procedure(@PathVariable String id) {
        return knowledge
                .procedure(id)
                .map(ProcedureView::of)
                .orElseThrow(() -> new UnknownProcedureException("No hay ningún trámite publicado con id «"
                        + (ProcedureReader.isValidId(id) ? id : "?") + "»."));
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= LuceneKnowledgeBase.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other value out of range
        }
        throw new BadParameterException(
                "invalid_limit", "limit debe ser un número entero del 1 al " + LuceneKnowledgeBase.MAX_LIMIT + ".");
    }

    private static Set<String> categories(List<String> given) {
        if (given == null) {
            return Set.of();
        }
        Set<String> categories = new LinkedHashSet<>();
        for (String category : given) {
            if (!ProcedureReader.CATEGORIES.contains(category)) {
                throw new BadParameterException(
                        "invalid_category",
                        "Categoría desconocida; las categorías son: " + String.join(", ", ProcedureReader.CATEGORIES));
            }
            categories.add(category);
        }
        return categories;
    }
}
