package es.madrid.linea.handoff.desk;

import es.madrid.linea.handoff.packet.HandoffPacket.Note;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Agents' private notes on a conversation (table {@code handoff_note}). Outside the conversation log on purpose:
 * the log is the citizen's and the conversations API shows it to them.
 */
public final class AgentNotes {

    private final JdbcClient jdbc;

    public AgentNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Note add(String conversationId, String agent, String text, Instant at) {
        jdbc.sql("insert into handoff_note (conversation_id, agent, text, at) values (?, ?, ?, ?)")
                .params(conversationId, agent, text, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        return new Note(at, agent, text);
    }

    public List<Note> of(String conversationId) {
        return jdbc.sql("select agent, text, at from handoff_note where conversation_id = ? order by id")
                .param(conversationId)
                .query((row, index) -> new Note(
                        row.getObject("at", OffsetDateTime.class).toInstant(),
                        row.getString("agent"),
                        row.getString("text")))
                .list();
    }
}
