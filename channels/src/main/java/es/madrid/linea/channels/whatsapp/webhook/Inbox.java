package es.madrid.linea.channels.whatsapp.webhook;

import static es.madrid.linea.channels.whatsapp.Columns.utc;

import es.madrid.linea.channels.whatsapp.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The webhook updates received and not yet processed (table {@code whatsapp_inbox}). An update is stored here before
 * its request is answered, under a unique key (the wamid), so a repeated delivery is stored once and a stop before
 * processing loses nothing: unprocessed rows are still {@code pending} at the next start. Processed rows are kept a
 * while as the record of what was received, then purged.
 */
public final class Inbox {

    /** Where an update is in its processing. */
    public enum State {
        PENDING,
        DONE,
        FAILED;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A stored update. */
    public record Row(
            long id,
            String key,
            InboxUpdate.Kind kind,
            String citizenKey,
            String waId,
            String payload,
            State state,
            int attempts,
            Instant receivedAt,
            Instant nextAttemptAt,
            String outcome) {

        @Override
        public String toString() {
            return "Inbox.Row[" + id + " " + kind + " " + key + " of " + citizenKey + " " + state + "]";
        }
    }

    private static final String COLUMNS = "id, update_key, kind, citizen_key, wa_id, payload, state, attempts,"
            + " received_at, next_attempt_at, outcome";

    private final JdbcClient jdbc;

    public Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores an update unless one with its key is already stored.
     *
     * @return false for a repeated delivery (nothing stored)
     */
    public boolean add(InboxUpdate update, Instant now) {
        try {
            jdbc.sql("insert into whatsapp_inbox (update_key, kind, citizen_key, wa_id, payload, received_at, state,"
                            + " attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, 'pending', 0, ?)")
                    .params(
                            update.key(),
                            update.kind().name().toLowerCase(Locale.ROOT),
                            update.citizenKey(),
                            update.waId(),
                            update.payload(),
                            utc(now),
                            utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException repeated) {
            return false;
        }
    }

    /** A citizen's unprocessed updates in arrival order, due or not. */
    List<Row> pendingOf(String citizenKey, int limit) {
        return jdbc.sql("select " + COLUMNS + " from whatsapp_inbox where citizen_key = ? and state = 'pending'"
                        + " order by id")
                .param(citizenKey)
                .withMaxRows(limit)
                .query(Inbox::row)
                .list();
    }

    /**
     * The citizens with an update due for processing that nobody is about to process: a retry now due, or an update
     * received before {@code unsignalledBefore} and still pending (its signal was lost to a stop, or never came).
     */
    List<String> citizensDue(Instant now, Instant unsignalledBefore, int limit) {
        return jdbc.sql("select distinct citizen_key from whatsapp_inbox where state = 'pending'"
                        + " and next_attempt_at <= ? and (attempts > 0 or received_at < ?)")
                .params(utc(now), utc(unsignalledBefore))
                .withMaxRows(limit)
                .query(String.class)
                .list();
    }

    void finish(long id, State state, String outcome, Instant now) {
        jdbc.sql("update whatsapp_inbox set state = ?, outcome = ?, processed_at = ? where id = ?")
                .params(state.column(), Columns.cut(outcome, 200), utc(now), id)
                .update();
    }

    void retryAt(long id, int attempts, Instant at, String outcome) {
        jdbc.sql("update whatsapp_inbox set attempts = ?, next_attempt_at = ?, outcome = ? where id = ?")
                .params(attempts, utc(at), Columns.cut(outcome, 200), id)
                .update();
    }

    /** Deletes processed updates received before {@code before}. */
    int purgeProcessedBefore(Instant before) {
        return jdbc.sql("delete from whatsapp_inbox where state <> 'pending' and received_at < ?")
                .param(utc(before))
                .update();
    }

    public Optional<Row> byKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from whatsapp_inbox where update_key = ?")
                .param(key)
                .query(Inbox::row)
                .optional();
    }

    public int count() {
        return jdbc.sql("select count(*) from whatsapp_inbox")
                .query(Integer.class)
                .single();
    }

    private static Row row(ResultSet rows, int n) throws SQLException {
        return new Row(
                rows.getLong("id"),
                rows.getString("update_key"),
                InboxUpdate.Kind.valueOf(rows.getString("kind").toUpperCase(Locale.ROOT)),
                rows.getString("citizen_key"),
                rows.getString("wa_id"),
                rows.getString("payload"),
                State.valueOf(rows.getString("state").toUpperCase(Locale.ROOT)),
                rows.getInt("attempts"),
                Columns.instant(rows, "received_at"),
                Columns.instant(rows, "next_attempt_at"),
                rows.getString("outcome"));
    }
}
