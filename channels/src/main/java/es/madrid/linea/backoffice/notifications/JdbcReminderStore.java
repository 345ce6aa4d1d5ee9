package es.madrid.linea.backoffice.notifications;

import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderDetails;
import es.madrid.linea.bot.notifications.ReminderDispatcher;
import es.madrid.linea.bot.notifications.ReminderRequest;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.notifications.ReminderStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reminders outbox in the database (table {@code reminder}). Every change of status is one conditional update on
 * the status it comes from: two dispatchers (threads or instances) that try to claim the same reminder cannot both
 * win, so none is sent twice; and everything survives a restart.
 */
final class JdbcReminderStore implements ReminderStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String COLUMNS = "id, appointment_id, appointment_start, channel, recipient, conversation_id,"
            + " details, status, scheduled_at, attempts, sent_at, text, delivered_by, last_error, created_at";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    JdbcReminderStore(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @Override
    public void insert(Reminder reminder) {
        ReminderRequest request = reminder.request();
        jdbc.sql("insert into reminder (id, appointment_id, appointment_start, channel, recipient, conversation_id,"
                        + " details, status, scheduled_at, attempts, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?)")
                .params(
                        reminder.id(),
                        reminder.appointmentId(),
                        utc(reminder.appointmentStart().toInstant()),
                        request.channel().wireName(),
                        request.recipient(),
                        request.conversationId(),
                        JSON.writeValueAsString(request.details()),
                        reminder.status().wireName(),
                        utc(reminder.scheduledAt()),
                        reminder.attempts(),
                        utc(reminder.createdAt()))
                .update();
    }

    @Override
    public Optional<Reminder> byId(String id) {
        return jdbc.sql("select " + COLUMNS + " from reminder where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    @Override
    public Optional<Reminder> latestOf(String appointmentId) {
        return jdbc.sql("select " + COLUMNS + " from reminder where appointment_id = ? order by seq desc fetch first 1"
                        + " rows only")
                .param(appointmentId)
                .query(this::row)
                .optional();
    }

    @Override
    public boolean transition(String id, Set<ReminderStatus> from, ReminderStatus to, Instant at) {
        String statuses =
                from.stream().map(status -> "'" + status.wireName() + "'").collect(Collectors.joining(","));
        return jdbc.sql("update reminder set status = ?, claimed_until = null where id = ? and status in (" + statuses
                                + ")")
                        .params(to.wireName(), id)
                        .update()
                == 1;
    }

    @Override
    public List<Reminder> due(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from reminder where status = 'scheduled' and scheduled_at <= ? order"
                        + " by scheduled_at, seq fetch first ? rows only")
                .params(utc(now), limit)
                .query(this::row)
                .list();
    }

    @Override
    public boolean claim(String id, Instant now, Instant leaseUntil) {
        return jdbc.sql("update reminder set status = 'sending', attempts = attempts + 1, claimed_until = ? where id"
                                + " = ? and status = 'scheduled'")
                        .params(utc(leaseUntil), id)
                        .update()
                == 1;
    }

    @Override
    public void markSent(String id, Instant at, String text, String deliveredBy) {
        jdbc.sql("update reminder set status = 'sent', sent_at = ?, text = ?, delivered_by = ?, claimed_until = null"
                        + " where id = ? and status = 'sending'")
                .params(utc(at), text, deliveredBy, id)
                .update();
    }

    @Override
    public void retryAt(String id, Instant next, String error) {
        jdbc.sql("update reminder set status = 'scheduled', scheduled_at = ?, last_error = ?, claimed_until = null"
                        + " where id = ? and status = 'sending'")
                .params(utc(next), shorten(error), id)
                .update();
    }

    @Override
    public void markFailed(String id, Instant at, String error) {
        jdbc.sql("update reminder set status = 'failed', last_error = ?, claimed_until = null where id = ? and status"
                        + " = 'sending'")
                .params(shorten(error), id)
                .update();
    }

    @Override
    public int abandonStale(Instant now) {
        return jdbc.sql("update reminder set status = 'failed', last_error = ?, claimed_until = null where status ="
                        + " 'sending' and claimed_until < ?")
                .params(ReminderDispatcher.ABANDONED, utc(now))
                .update();
    }

    /** The reminders of an appointment, oldest first (the outbox as supervisors read it). */
    List<Reminder> ofAppointment(String appointmentId) {
        return jdbc.sql("select " + COLUMNS + " from reminder where appointment_id = ? order by seq")
                .param(appointmentId)
                .query(this::row)
                .list();
    }

    /** The most recent reminders, newest first, of one status or any. */
    List<Reminder> recent(ReminderStatus status, int limit) {
        List<Object> params = new ArrayList<>();
        String where = "";
        if (status != null) {
            where = " where status = ?";
            params.add(status.wireName());
        }
        params.add(limit);
        return jdbc.sql("select " + COLUMNS + " from reminder" + where + " order by seq desc fetch first ? rows only")
                .params(params)
                .query(this::row)
                .list();
    }

    private Reminder row(ResultSet rows, int n) throws SQLException {
        ReminderRequest request = new ReminderRequest(
                ReminderChannel.fromWireName(rows.getString("channel")),
                rows.getString("recipient"),
                rows.getString("conversation_id"),
                JSON.readValue(rows.getString("details"), ReminderDetails.class));
        return new Reminder(
                rows.getString("id"),
                rows.getString("appointment_id"),
                rows.getObject("appointment_start", OffsetDateTime.class).atZoneSameInstant(zone),
                request,
                ReminderStatus.fromWireName(rows.getString("status")),
                instant(rows, "scheduled_at"),
                rows.getInt("attempts"),
                instant(rows, "sent_at"),
                rows.getString("text"),
                rows.getString("delivered_by"),
                rows.getString("last_error"),
                instant(rows, "created_at"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
