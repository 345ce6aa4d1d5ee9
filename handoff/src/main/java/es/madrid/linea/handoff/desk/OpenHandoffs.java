package es.madrid.linea.handoff.desk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conversations waiting for or held by a person (table {@code handoff_open}): an index into the log, written as
 * each handoff starts and ends, so that on start the desk replays exactly those conversations to rebuild its queues.
 */
public final class OpenHandoffs {

    private final JdbcClient jdbc;

    public OpenHandoffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(String conversationId, Instant at) {
        try {
            jdbc.sql("insert into handoff_open (conversation_id, opened_at) values (?, ?)")
                    .params(conversationId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException alreadyOpen) {
            // A transfer or a second event of the same handoff: it is open already.
        }
    }

    public void close(String conversationId) {
        jdbc.sql("delete from handoff_open where conversation_id = ?")
                .param(conversationId)
                .update();
    }

    public List<String> all() {
        return jdbc.sql("select conversation_id from handoff_open order by opened_at")
                .query(String.class)
                .list();
    }
}
