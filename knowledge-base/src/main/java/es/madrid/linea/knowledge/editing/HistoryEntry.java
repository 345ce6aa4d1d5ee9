package es.madrid.linea.knowledge.editing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Something that happened to a procedure.
 *
 * @param revision the revision it concerns (the one published, saved, restored...), or null
 * @param changes the fields and headings that changed, e.g. {@code title}, {@code ## Precio}
 */
public record HistoryEntry(
        long id, String procedureId, Long revision, Action action, String actor, Instant at, List<String> changes) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /** What can happen to a procedure; the names are stored and shown by the API. */
    public enum Action {
        /** A kb-content file was imported and published (first start, or the file changed). */
        IMPORTED,
        DRAFT_SAVED,
        DRAFT_DISCARDED,
        PUBLISHED,
        /** An earlier revision was published again, as a new revision. */
        RESTORED,
        UNPUBLISHED;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether it changes what citizens see. */
        public boolean changesPublication() {
            return this == IMPORTED || this == PUBLISHED || this == RESTORED || this == UNPUBLISHED;
        }
    }
}
