package es.madrid.linea.channels.whatsapp.outbound;

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
 * The messages to send to citizens (table {@code whatsapp_outbox}). Each has a unique key (a conversation event's, or
 * a reminder's), so queuing the same thing twice queues it once; a row moves from {@code pending} to {@code sending}
 * by an atomic claim, so two senders never send the same row; the wamid and the best delivery status seen come back
 * on the row.
 */
public final class Outbox {

    /** Where a message is in its life. */
    public enum State {
        /** Waiting to be sent (now, or at its next attempt). */
        PENDING,
        /** Claimed by a sender; a row left here by a crash is {@link #UNCERTAIN}. */
        SENDING,
        SENT,
        /** Free-form message outside the 24-hour window: released when the citizen writes again. */
        HELD,
        /** Refused for good, or out of attempts. */
        FAILED,
        /** The request went out and no answer came: not sent again, to never send it twice. */
        UNCERTAIN;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State of(String column) {
            return valueOf(column.toUpperCase(Locale.ROOT));
        }
    }

    /** One queued message. The body is a {@link GraphMessages} body without the recipient. */
    public record Entry(
            long id,
            String key,
            String citizenKey,
            String conversationId,
            Long eventSeq,
            boolean freeForm,
            String body,
            State state,
            int attempts,
            Instant nextAttemptAt,
            String wamid,
            String delivery,
            String lastError) {}

    /** The head of the queue as the dispatcher sees it. */
    record Queued(long id, String citizenKey, State state, Instant nextAttemptAt) {}

    private static final String COLUMNS = "id, message_key, citizen_key, conversation_id, event_seq, free_form, body,"
            + " state, attempts, next_attempt_at, wamid, delivery, last_error";

    private final JdbcClient jdbc;

    public Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a message unless one with this key is already queued.
     *
     * @return false when the key was already there (nothing queued)
     */
    public boolean enqueue(
            String key,
            String citizenKey,
            String conversationId,
            Long eventSeq,
            boolean freeForm,
            String body,
            Instant now) {
        try {
            jdbc.sql("insert into whatsapp_outbox (message_key, citizen_key, conversation_id, event_seq, free_form,"
                            + " body, state, attempts, next_attempt_at, created_at, delivery_rank)"
                            + " values (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, 0)")
                    .params(key, citizenKey, conversationId, eventSeq, freeForm, body, utc(now), utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
    }

    /** The unfinished rows in queue order (pending and in flight), oldest first. */
    List<Queued> queue(int limit) {
        return jdbc.sql("select id, citizen_key, state, next_attempt_at from whatsapp_outbox"
                        + " where state in ('pending', 'sending') order by id")
                .withMaxRows(limit)
                .query((rows, n) -> new Queued(
                        rows.getLong("id"),
                        rows.getString("citizen_key"),
                        State.of(rows.getString("state")),
                        Columns.instant(rows, "next_attempt_at")))
                .list();
    }

    /** Takes a pending row for sending; empty when someone else took it first. */
    Optional<Entry> claim(long id) {
        int claimed = jdbc.sql("update whatsapp_outbox set state = 'sending' where id = ? and state = 'pending'")
                .param(id)
                .update();
        return claimed == 1 ? byId(id) : Optional.empty();
    }

    void sent(long id, String wamid, Instant at) {
        jdbc.sql("update whatsapp_outbox set state = 'sent', wamid = ?, sent_at = ?, attempts = attempts + 1,"
                        + " last_error = null where id = ?")
                .params(wamid, utc(at), id)
                .update();
    }

    /** Back to the queue for another attempt at {@code at}; the wamid of a failed delivery is dropped. */
    void retryAt(long id, int attempts, Instant at, String reason) {
        jdbc.sql("update whatsapp_outbox set state = 'pending', attempts = ?, next_attempt_at = ?, wamid = null,"
                        + " delivery = null, delivery_rank = 0, last_error = ? where id = ?")
                .params(attempts, utc(at), Columns.cut(reason, 300), id)
                .update();
    }

    void finish(long id, State state, String reason) {
        jdbc.sql("update whatsapp_outbox set state = ?, last_error = ? where id = ?")
                .params(state.column(), Columns.cut(reason, 300), id)
                .update();
    }

    /** Releases the citizen's held messages (they wrote again: the window is open). */
    public int releaseHeld(String citizenKey, Instant now) {
        return jdbc.sql("update whatsapp_outbox set state = 'pending', next_attempt_at = ?"
                        + " where citizen_key = ? and state = 'held'")
                .params(utc(now), citizenKey)
                .update();
    }

    /** Rows a previous run left in flight (it stopped mid-request): now uncertain. */
    List<Entry> abandonInterrupted() {
        List<Entry> interrupted = jdbc.sql("select " + COLUMNS + " from whatsapp_outbox where state = 'sending'")
                .query(Outbox::entry)
                .list();
        interrupted.forEach(entry -> finish(entry.id(), State.UNCERTAIN, "interrupted by a stop mid-request"));
        return interrupted;
    }

    public Optional<Entry> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from whatsapp_outbox where id = ?")
                .param(id)
                .query(Outbox::entry)
                .optional();
    }

    public Optional<Entry> byWamid(String wamid) {
        return jdbc.sql("select " + COLUMNS + " from whatsapp_outbox where wamid = ?")
                .param(wamid)
                .query(Outbox::entry)
                .optional();
    }

    /** The rows of one conversation, in queue order. */
    public List<Entry> ofConversation(String conversationId) {
        return jdbc.sql("select " + COLUMNS + " from whatsapp_outbox where conversation_id = ? order by id")
                .param(conversationId)
                .query(Outbox::entry)
                .list();
    }

    /** The highest conversation event already queued (0 for none). */
    public long lastQueuedSeq(String conversationId) {
        Long seq = jdbc.sql("select max(event_seq) from whatsapp_outbox where conversation_id = ?")
                .param(conversationId)
                .query(Long.class)
                .single();
        return seq == null ? 0 : seq;
    }

    /**
     * Records a delivery status unless a stronger one is already recorded (statuses can arrive out of order).
     *
     * @return true when this status became the row's status
     */
    boolean recordDelivery(long id, String status, int rank, Instant at) {
        return jdbc.sql("update whatsapp_outbox set delivery = ?, delivery_rank = ?, delivery_at = ?"
                                + " where id = ? and delivery_rank < ?")
                        .params(status, rank, utc(at), id, rank)
                        .update()
                == 1;
    }

    private static Entry entry(ResultSet rows, int n) throws SQLException {
        return new Entry(
                rows.getLong("id"),
                rows.getString("message_key"),
                rows.getString("citizen_key"),
                rows.getString("conversation_id"),
                rows.getObject("event_seq", Long.class),
                rows.getBoolean("free_form"),
                rows.getString("body"),
                State.of(rows.getString("state")),
                rows.getInt("attempts"),
                Columns.instant(rows, "next_attempt_at"),
                rows.getString("wamid"),
                rows.getString("delivery"),
                rows.getString("last_error"));
    }
}
