package es.madrid.linea.knowledge.editing;

import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.knowledge.search.LuceneKnowledgeBase;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's index in step with the database: every interval it reads the publications recorded since it
 * last looked (by any instance) and publishes or withdraws those procedures. On the instance where an editor
 * published, the index already changed at once; this makes the others follow within one interval, with no restart.
 */
public final class PublishedChanges implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PublishedChanges.class);

    private final RevisionStore store;
    private final LuceneKnowledgeBase knowledge;
    private final ScheduledExecutorService scheduler;
    private long seen;

    public PublishedChanges(RevisionStore store, LuceneKnowledgeBase knowledge) {
        this.store = store;
        this.knowledge = knowledge;
        this.seen = store.lastEntry();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kb-published-changes");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts looking every {@code interval}. */
    public PublishedChanges every(Duration interval) {
        scheduler.scheduleWithFixedDelay(
                this::catchUpSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Applies the publications recorded since the last look; returns the procedures it changed. */
    public synchronized Set<String> catchUp() {
        List<HistoryEntry> entries = store.publicationsAfter(seen);
        Set<String> changed = new LinkedHashSet<>();
        for (HistoryEntry entry : entries) {
            changed.add(entry.procedureId());
            seen = Math.max(seen, entry.id());
        }
        changed.removeIf(id -> !apply(id));
        return changed;
    }

    /** Brings one procedure to its published revision; false when the index already had it. */
    private boolean apply(String procedureId) {
        Optional<Revision> published = store.state(procedureId)
                .map(ProcedureState::publishedRevision)
                .flatMap(revision -> store.revision(procedureId, revision));
        Optional<Long> indexed = knowledge.procedure(procedureId).map(Procedure::revision);
        if (published.isEmpty()) {
            if (indexed.isEmpty()) {
                return false;
            }
            knowledge.unpublish(procedureId);
            return true;
        }
        if (indexed.isPresent() && indexed.get() == published.get().revision()) {
            return false;
        }
        ProcedureRevisions.read(published.get()).ifPresent(knowledge::publish);
        return true;
    }

    private void catchUpSafely() {
        try {
            Set<String> changed = catchUp();
            if (!changed.isEmpty()) {
                log.info("published changes applied to the search index: {}", changed);
            }
        } catch (RuntimeException e) {
            // The next look tries again; a database hiccup must not stop the updates for good.
            log.warn("could not read published changes", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
