package es.madrid.linea.bot.conversation.jdbc;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.ConcurrentAppendException;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.ConversationHeader;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.DuplicateMessageException;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.conversation.UnknownConversationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The conversation log in a relational database (tables {@code conversation} and {@code conversation_event}). An
 * append is one insert of its events: the primary key (conversation, seq) refuses a second writer of the same sequence
 * numbers, and the unique (conversation, message id) a repeated citizen message, so no row is read or updated first.
 */
public final class JdbcConversationStore implements ConversationStore {

    private final DataSource dataSource;
    private final EventCodec codec;

    public JdbcConversationStore(DataSource dataSource, EventCodec codec) {
        this.dataSource = dataSource;
        this.codec = codec;
    }

    @Override
    public void create(ConversationHeader header) {
        String sql = "insert into conversation (id, channel, citizen_key, created_at) values (?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, header.id());
            insert.setString(2, header.channel().wireName());
            insert.setString(3, header.citizenKey());
            insert.setObject(4, utc(header.createdAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not create conversation", e);
        }
    }

    @Override
    public Optional<ConversationHeader> header(String conversationId) {
        String sql = "select id, channel, citizen_key, created_at from conversation where id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, conversationId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(header(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read conversation", e);
        }
    }

    @Override
    public List<RecordedEvent> events(String conversationId) {
        return eventsAfter(conversationId, 0);
    }

    @Override
    public List<RecordedEvent> eventsAfter(String conversationId, long afterSeq) {
        String sql = "select seq, type, at, payload from conversation_event"
                + " where conversation_id = ? and seq > ? order by seq";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, conversationId);
            select.setLong(2, afterSeq);
            List<RecordedEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new RecordedEvent(
                            rows.getLong("seq"),
                            rows.getObject("at", OffsetDateTime.class).toInstant(),
                            codec.decode(rows.getString("type"), rows.getString("payload"))));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new StoreException("could not read events", e);
        }
    }

    @Override
    public List<RecordedEvent> append(
            String conversationId, long expectedLastSeq, List<ConversationEvent> events, Instant at) {
        if (events.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<RecordedEvent> recorded =
                        appendInTransaction(connection, conversationId, expectedLastSeq, events, at);
                connection.commit();
                return recorded;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw refusal(conversationId, expectedLastSeq, e);
        }
    }

    /**
     * Why an append was refused. The log's primary key (conversation, seq) is the optimistic lock: an instance that
     * appended first took the next sequence number. Telling that from a repeated message id, or from a conversation
     * that does not exist, takes one lookup, on this rare path only.
     */
    private RuntimeException refusal(String conversationId, long expectedLastSeq, SQLException e) {
        if (!isIntegrityViolation(e)) {
            return new StoreException("could not append events", e);
        }
        if (header(conversationId).isEmpty()) {
            return new UnknownConversationException(conversationId);
        }
        if (lastSeq(conversationId) != expectedLastSeq) {
            return new ConcurrentAppendException(conversationId, expectedLastSeq);
        }
        return new DuplicateMessageException(conversationId);
    }

    private long lastSeq(String conversationId) {
        String sql = "select coalesce(max(seq), 0) from conversation_event where conversation_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, conversationId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the last sequence number", e);
        }
    }

    private List<RecordedEvent> appendInTransaction(
            Connection connection,
            String conversationId,
            long expectedLastSeq,
            List<ConversationEvent> events,
            Instant at)
            throws SQLException {
        List<RecordedEvent> recorded = new ArrayList<>(events.size());
        String sql = "insert into conversation_event (conversation_id, seq, type, at, message_id, payload)"
                + " values (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            long seq = expectedLastSeq;
            for (ConversationEvent event : events) {
                seq++;
                insert.setString(1, conversationId);
                insert.setLong(2, seq);
                insert.setString(3, event.type());
                insert.setObject(4, utc(at));
                insert.setString(5, event instanceof UserUttered user ? user.messageId() : null);
                insert.setString(6, codec.encode(event));
                insert.addBatch();
                recorded.add(new RecordedEvent(seq, at, event));
            }
            insert.executeBatch();
        }
        return List.copyOf(recorded);
    }

    @Override
    public Optional<Long> seqOfMessage(String conversationId, String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        String sql = "select seq from conversation_event where conversation_id = ? and message_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, conversationId);
            select.setString(2, messageId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read message", e);
        }
    }

    @Override
    public Optional<ConversationHeader> latestOfCitizen(String citizenKey) {
        String sql = "select id, channel, citizen_key, created_at from conversation"
                + " where citizen_key = ? order by created_at desc, id desc";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, citizenKey);
            select.setMaxRows(1);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(header(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read conversation", e);
        }
    }

    private static ConversationHeader header(ResultSet rows) throws SQLException {
        return new ConversationHeader(
                rows.getString("id"),
                Channel.fromWireName(rows.getString("channel")),
                rows.getString("citizen_key"),
                rows.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * A unique key or the conversation's foreign key refused the row: SQL state class 23, "integrity constraint
     * violation", in every database we run on.
     */
    private static boolean isIntegrityViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
