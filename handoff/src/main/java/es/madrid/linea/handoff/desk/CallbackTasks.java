package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.IdSource;
import es.madrid.linea.bot.handoff.CallbackRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The callback tasks (table {@code handoff_callback}): created by the bot, done by agents. */
public final class CallbackTasks {

    private static final String COLUMNS = "id, conversation_id, phone, queue, reason, priority, requested_at, status,"
            + " handled_by, handled_at, outcome";

    private final JdbcClient jdbc;
    private final IdSource ids;

    public CallbackTasks(JdbcClient jdbc, IdSource ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    /** Stores a new open task and returns its id. */
    public String create(CallbackRequest request, Instant at) {
        String id = ids.newId();
        jdbc.sql("insert into handoff_callback (id, conversation_id, phone, queue, reason, priority, requested_at,"
                        + " status) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        request.conversationId(),
                        request.phone(),
                        request.queue(),
                        request.reason(),
                        request.priority(),
                        utc(at),
                        CallbackTask.OPEN)
                .update();
        return id;
    }

    /** The open tasks, priority citizens first, then the oldest. */
    public List<CallbackTask> open() {
        return jdbc.sql("select " + COLUMNS + " from handoff_callback where status = ?"
                        + " order by priority desc, requested_at, id")
                .param(CallbackTask.OPEN)
                .query(CallbackTasks::task)
                .list();
    }

    public Optional<CallbackTask> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from handoff_callback where id = ?")
                .param(id)
                .query(CallbackTasks::task)
                .optional();
    }

    /**
     * Marks an open task done.
     *
     * @return false when it was not open (done by someone else, or unknown)
     */
    public boolean complete(String id, String agent, String outcome, Instant at) {
        return jdbc.sql("update handoff_callback set status = ?, handled_by = ?, handled_at = ?, outcome = ?"
                                + " where id = ? and status = ?")
                        .params(CallbackTask.DONE, agent, utc(at), outcome, id, CallbackTask.OPEN)
                        .update()
                == 1;
    }

    private static CallbackTask task(ResultSet row, int index) throws SQLException {
        OffsetDateTime handledAt = row.getObject("handled_at", OffsetDateTime.class);
        return new CallbackTask(
                row.getString("id"),
                row.getString("conversation_id"),
                row.getString("phone"),
                row.getString("queue"),
                row.getString("reason"),
                row.getBoolean("priority"),
                row.getObject("requested_at", OffsetDateTime.class).toInstant(),
                row.getString("status"),
                row.getString("handled_by"),
                handledAt == null ? null : handledAt.toInstant(),
                row.getString("outcome"));
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
