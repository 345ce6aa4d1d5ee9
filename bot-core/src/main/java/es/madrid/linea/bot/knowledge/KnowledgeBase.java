package es.madrid.linea.bot.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the published municipal procedures. Searching never fails on what a citizen writes: any text, however odd,
 * gives hits or none.
 */
public interface KnowledgeBase {

    /** The procedures that best answer the text, best first, at most {@code limit}. */
    default List<KnowledgeHit> search(String text, int limit) {
        return search(text, Set.of(), limit);
    }

    /**
     * The procedures that best answer the text within some categories (e.g. {@code padron}, {@code tributos}).
     *
     * @param categories the categories to search in; empty for all
     */
    List<KnowledgeHit> search(String text, Set<String> categories, int limit);

    /**
     * The procedures that best answer the text, best first, at most {@code limit}, without snippets (null): for the
     * dialogue, which answers from the procedure itself. Highlighting passages is a third of a search's cost, so an
     * index should skip it here.
     */
    default List<KnowledgeHit> rank(String text, int limit) {
        return search(text, limit);
    }

    /** The published procedure with this id, or empty when there is none (never existed or unpublished). */
    Optional<Procedure> procedure(String id);
}
