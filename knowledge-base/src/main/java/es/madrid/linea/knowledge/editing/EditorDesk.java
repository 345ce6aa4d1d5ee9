package es.madrid.linea.knowledge.editing;

import es.madrid.linea.bot.knowledge.KnowledgeHit;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.knowledge.content.ContentProblem;
import es.madrid.linea.knowledge.content.ProcedureReader;
import es.madrid.linea.knowledge.content.ProcedureReader.References;
import es.madrid.linea.knowledge.editing.HistoryEntry.Action;
import es.madrid.linea.knowledge.search.LuceneKnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What an editor can do to a procedure: save a draft (checked with the content rules), preview how search ranks it,
 * publish it (searchable at once, no restart), read its history and any revision, restore an earlier revision, and
 * unpublish it. Every change is a new row in the database, in one transaction; the index changes only after it
 * commits.
 */
public final class EditorDesk {

    private final RevisionStore store;
    private final LuceneKnowledgeBase knowledge;
    private final OfficeDirectory offices;
    private final TransactionOperations transactions;
    private final Clock clock;

    public EditorDesk(
            RevisionStore store,
            LuceneKnowledgeBase knowledge,
            OfficeDirectory offices,
            TransactionOperations transactions,
            Clock clock) {
        this.store = store;
        this.knowledge = knowledge;
        this.offices = offices;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A stored change: the revision it made and what changed. */
    public record Change(String procedureId, long revision, boolean created, List<String> changes) {}

    /** How search ranks the procedures for a question with the draft in place of the published revision. */
    public record Preview(String question, long draftRevision, Integer rank, List<KnowledgeHit> hits) {}

    /** A procedure as the editors' list shows it. */
    public record Listed(String procedureId, Long publishedRevision, Long draftRevision, String title) {}

    /**
     * Creates or replaces the draft of a procedure with this Markdown file.
     *
     * @throws InvalidContentException naming each wrong field
     */
    public Change saveDraft(String procedureId, String markdown, String editor) {
        requireValidId(procedureId);
        check(procedureId, markdown);
        return inTransaction(() -> {
            boolean created = store.state(procedureId).isEmpty();
            Instant now = now();
            long revision = store.addRevision(procedureId, markdown, editor, now);
            store.setDraft(procedureId, revision, now);
            List<String> changes = ProcedureRevisions.changes(procedureId, publishedContent(procedureId), markdown);
            store.record(procedureId, revision, Action.DRAFT_SAVED, editor, now, changes);
            return new Change(procedureId, revision, created, changes);
        });
    }

    /** The open draft. */
    public Revision draft(String procedureId) {
        ProcedureState state = state(procedureId);
        if (state.draftRevision() == null) {
            throw new EditingConflictException("no_draft", "Este trámite no tiene ningún borrador abierto.");
        }
        return revision(procedureId, state.draftRevision());
    }

    /** Closes the draft without publishing it (the revision stays in the history). */
    public void discardDraft(String procedureId, String editor) {
        long revision = draft(procedureId).revision();
        inTransaction(() -> {
            store.setDraft(procedureId, null, now());
            store.record(procedureId, revision, Action.DRAFT_DISCARDED, editor, now(), List.of());
            return null;
        });
    }

    /** How search would rank the procedures for a question if the draft were published. Nothing is published. */
    public Preview preview(String procedureId, String question, int limit) {
        Revision draft = draft(procedureId);
        Procedure drafted = ProcedureRevisions.read(draft).orElseThrow(() -> invalid(procedureId, draft.content()));
        List<Procedure> withDraft = new ArrayList<>(knowledge.procedures());
        withDraft.removeIf(p -> p.id().equals(procedureId));
        withDraft.add(drafted);
        try (LuceneKnowledgeBase trial = new LuceneKnowledgeBase(withDraft)) {
            List<KnowledgeHit> hits = trial.search(question, limit);
            Integer rank = null;
            for (int i = 0; i < hits.size() && rank == null; i++) {
                rank = hits.get(i).id().equals(procedureId) ? i + 1 : null;
            }
            return new Preview(question, draft.revision(), rank, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes the open draft: citizens see it from the next search. */
    public Change publish(String procedureId, String editor) {
        Revision draft = draft(procedureId);
        Procedure procedure = check(procedureId, draft.content()).withRevision(draft.revision());
        Change change = inTransaction(() -> {
            Instant now = now();
            List<String> changes =
                    ProcedureRevisions.changes(procedureId, publishedContent(procedureId), draft.content());
            store.setPublished(procedureId, draft.revision(), now);
            store.setDraft(procedureId, null, now);
            store.record(procedureId, draft.revision(), Action.PUBLISHED, editor, now, changes);
            return new Change(procedureId, draft.revision(), false, changes);
        });
        knowledge.publish(procedure);
        return change;
    }

    /** Publishes an earlier revision again, as a new revision (the history keeps both). */
    public Change restore(String procedureId, long revision, String editor) {
        Revision earlier = revision(procedureId, revision);
        Procedure procedure = check(procedureId, earlier.content());
        Change change = inTransaction(() -> {
            Instant now = now();
            List<String> changes =
                    ProcedureRevisions.changes(procedureId, publishedContent(procedureId), earlier.content());
            long restored = store.addRevision(procedureId, earlier.content(), editor, now);
            store.setPublished(procedureId, restored, now);
            List<String> noted = new ArrayList<>(changes);
            noted.add(0, "(restaura la revisión " + revision + ")");
            store.record(procedureId, restored, Action.RESTORED, editor, now, noted);
            return new Change(procedureId, restored, false, noted);
        });
        knowledge.publish(procedure.withRevision(change.revision()));
        return change;
    }

    /** Takes a procedure out of search and of the API; its revisions stay, and it can be restored. */
    public void unpublish(String procedureId, String editor) {
        ProcedureState state = state(procedureId);
        if (!state.isPublished()) {
            throw new EditingConflictException("not_published", "Este trámite no está publicado.");
        }
        inTransaction(() -> {
            store.setPublished(procedureId, null, now());
            store.record(procedureId, state.publishedRevision(), Action.UNPUBLISHED, editor, now(), List.of());
            return null;
        });
        knowledge.unpublish(procedureId);
    }

    /** The history of a procedure, newest first. */
    public List<HistoryEntry> history(String procedureId) {
        state(procedureId);
        return store.history(procedureId);
    }

    public ProcedureState state(String procedureId) {
        return store.state(procedureId)
                .orElseThrow(
                        () -> new UnknownProcedureException("No existe ningún trámite con id «" + procedureId + "»."));
    }

    public Revision revision(String procedureId, long revision) {
        return store.revision(procedureId, revision)
                .orElseThrow(() -> new UnknownProcedureException(
                        "El trámite «" + procedureId + "» no tiene la revisión " + revision + "."));
    }

    /** Every procedure with its published and draft revisions and its published title. */
    public List<Listed> procedures() {
        return store.states().stream()
                .map(s -> new Listed(
                        s.procedureId(),
                        s.publishedRevision(),
                        s.draftRevision(),
                        knowledge
                                .procedure(s.procedureId())
                                .map(Procedure::title)
                                .orElse(null)))
                .toList();
    }

    /** The procedure a Markdown file holds, or the problems of each wrong field. */
    private Procedure check(String procedureId, String markdown) {
        References references = new References(
                id -> id.equals(procedureId) || knowledge.procedure(id).isPresent(),
                id -> offices.office(id).isPresent());
        var reading = ProcedureReader.read(ProcedureRevisions.file(procedureId, markdown), references);
        return reading.procedure().orElseThrow(() -> new InvalidContentException(reading.problems()));
    }

    private InvalidContentException invalid(String procedureId, String markdown) {
        var reading = ProcedureReader.read(ProcedureRevisions.file(procedureId, markdown), ProcedureReader.ANY);
        return new InvalidContentException(reading.problems());
    }

    private static void requireValidId(String procedureId) {
        if (!ProcedureReader.isValidId(procedureId)) {
            throw new InvalidContentException(List.of(new ContentProblem(
                    ProcedureRevisions.file(String.valueOf(procedureId), "").path(),
                    "id",
                    "no vale como id: solo minúsculas sin tildes, números y guiones (máximo 100)")));
        }
    }

    private String publishedContent(String procedureId) {
        return store.state(procedureId)
                .map(ProcedureState::publishedRevision)
                .flatMap(revision -> store.revision(procedureId, revision))
                .map(Revision::content)
                .orElse(null);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
