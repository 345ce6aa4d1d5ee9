package es.madrid.linea.knowledge.editing;

import es.madrid.linea.knowledge.editing.HistoryEntry.Action;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The procedures' revisions and history in the database (tables {@code kb_procedure}, {@code kb_revision}, {@code
 * kb_history}). Revisions are never changed or deleted: a draft, a publication and a restore each add to the record.
 * Callers group several calls in one transaction.
 */
public final class RevisionStore {

    private static final String SEPARATOR = "\n";

    private final JdbcClient jdbc;

    public RevisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProcedureState> state(String procedureId) {
        return jdbc.sql("select * from kb_procedure where procedure_id = :id")
                .param("id", procedureId)
                .query(RevisionStore::state)
                .optional();
    }

    /** Every procedure, by id. */
    public List<ProcedureState> states() {
        return jdbc.sql("select * from kb_procedure order by procedure_id")
                .query(RevisionStore::state)
                .list();
    }

    /** Stores a new revision (creating the procedure's row the first time) and returns its number. */
    public long addRevision(String procedureId, String content, String author, Instant at) {
        if (state(procedureId).isEmpty()) {
            jdbc.sql("insert into kb_procedure (procedure_id, updated_at) values (:id, :at)")
                    .param("id", procedureId)
                    .param("at", utc(at))
                    .update();
        }
        long revision = jdbc.sql("select coalesce(max(revision), 0) + 1 from kb_revision where procedure_id = :id")
                .param("id", procedureId)
                .query(Long.class)
                .single();
        jdbc.sql("insert into kb_revision (procedure_id, revision, content, created_by, created_at)"
                        + " values (:id, :revision, :content, :author, :at)")
                .param("id", procedureId)
                .param("revision", revision)
                .param("content", content)
                .param("author", author)
                .param("at", utc(at))
                .update();
        return revision;
    }

    public Optional<Revision> revision(String procedureId, long revision) {
        return jdbc.sql("select * from kb_revision where procedure_id = :id and revision = :revision")
                .param("id", procedureId)
                .param("revision", revision)
                .query(RevisionStore::revision)
                .optional();
    }

    /** The published revision of every published procedure. */
    public List<Revision> publishedRevisions() {
        return jdbc.sql("select r.* from kb_revision r join kb_procedure p on p.procedure_id = r.procedure_id"
                        + " and p.published_revision = r.revision order by r.procedure_id")
                .query(RevisionStore::revision)
                .list();
    }

    public void setPublished(String procedureId, Long revision, Instant at) {
        update("published_revision", procedureId, revision, at);
    }

    public void setDraft(String procedureId, Long revision, Instant at) {
        update("draft_revision", procedureId, revision, at);
    }

    public void setImportedHash(String procedureId, String hash) {
        jdbc.sql("update kb_procedure set imported_hash = :hash where procedure_id = :id")
                .param("hash", hash)
                .param("id", procedureId)
                .update();
    }

    public void record(
            String procedureId, Long revision, Action action, String actor, Instant at, List<String> changes) {
        String joined = String.join(SEPARATOR, changes);
        jdbc.sql("insert into kb_history (procedure_id, revision, action, actor, at, changes)"
                        + " values (:id, :revision, :action, :actor, :at, :changes)")
                .param("id", procedureId)
                .param("revision", revision)
                .param("action", action.name())
                .param("actor", actor)
                .param("at", utc(at))
                .param("changes", joined.length() > 2000 ? joined.substring(0, 2000) : joined)
                .update();
    }

    /** The history of a procedure, newest first. */
    public List<HistoryEntry> history(String procedureId) {
        return jdbc.sql("select * from kb_history where procedure_id = :id order by id desc")
                .param("id", procedureId)
                .query(RevisionStore::entry)
                .list();
    }

    /** The id of the latest entry of any procedure's history (0 when there is none). */
    public long lastEntry() {
        return jdbc.sql("select coalesce(max(id), 0) from kb_history")
                .query(Long.class)
                .single();
    }

    /** The entries after {@code afterId} that changed what citizens see, oldest first. */
    public List<HistoryEntry> publicationsAfter(long afterId) {
        return jdbc.sql("select * from kb_history where id > :after and action in ('IMPORTED', 'PUBLISHED',"
                        + " 'RESTORED', 'UNPUBLISHED') order by id")
                .param("after", afterId)
                .query(RevisionStore::entry)
                .list();
    }

    private void update(String column, String procedureId, Long revision, Instant at) {
        jdbc.sql("update kb_procedure set " + column + " = :revision, updated_at = :at where procedure_id = :id")
                .param("revision", revision)
                .param("at", utc(at))
                .param("id", procedureId)
                .update();
    }

    private static ProcedureState state(ResultSet rows, int row) throws SQLException {
        return new ProcedureState(
                rows.getString("procedure_id"),
                rows.getObject("published_revision", Long.class),
                rows.getObject("draft_revision", Long.class),
                rows.getString("imported_hash"));
    }

    private static Revision revision(ResultSet rows, int row) throws SQLException {
        return new Revision(
                rows.getString("procedure_id"),
                rows.getLong("revision"),
                rows.getString("content"),
                rows.getString("created_by"),
                rows.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static HistoryEntry entry(ResultSet rows, int row) throws SQLException {
        String changes = rows.getString("changes");
        return new HistoryEntry(
                rows.getLong("id"),
                rows.getString("procedure_id"),
                rows.getObject("revision", Long.class),
                Action.valueOf(rows.getString("action")),
                rows.getString("actor"),
                rows.getObject("at", OffsetDateTime.class).toInstant(),
                changes == null || changes.isEmpty() ? List.of() : Arrays.asList(changes.split(SEPARATOR)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
