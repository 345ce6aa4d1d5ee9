package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentStatus;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.CalendarStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded calendar's appointments in the database (table {@code appointment}). A booked appointment holds one
 * of its slot's places (desk 1..capacity); the unique index on (office, service, start, desk) makes a place impossible
 * to give twice, whatever the number of threads or instances: a claim that loses the race simply tries the next
 * place, and the slot is full when none is left.
 */
final class JdbcCalendarStore implements CalendarStore {

    private static final String COLUMNS = "id, procedure_id, service_id, office_id, starts_at, ends_at, status";

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final Clock clock;

    JdbcCalendarStore(JdbcClient jdbc, ZoneId zone, Clock clock) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Optional<Appointment> byId(String id) {
        return jdbc.sql("select " + COLUMNS + " from appointment where id = ?")
                .param(reference(id))
                .query(this::row)
                .optional();
    }

    @Override
    public Optional<Appointment> byKey(String idempotencyKey) {
        return jdbc.sql("select " + COLUMNS + " from appointment where idempotency_key = ?")
                .param(idempotencyKey)
                .query(this::row)
                .optional();
    }

    @Override
    public Map<Instant, Integer> bookedCounts(String officeId, String serviceId, Instant from, Instant to) {
        Map<Instant, Integer> counts = new HashMap<>();
        jdbc.sql("select starts_at, count(*) as taken from appointment where office_id = ? and service_id = ? and"
                        + " desk is not null and starts_at >= ? and starts_at < ? group by starts_at")
                .params(officeId, serviceId, utc(from), utc(to))
                .query((ResultSet rows) -> {
                    counts.put(rows.getObject("starts_at", OffsetDateTime.class).toInstant(), rows.getInt("taken"));
                });
        return counts;
    }

    @Override
    public Placement insert(Appointment appointment, Booking booking, int capacity) {
        OffsetDateTime now = now();
        for (int desk :
                freeDesksFirst(appointment.officeId(), appointment.serviceId(), appointment.start(), capacity)) {
            try {
                jdbc.sql("insert into appointment (id, idempotency_key, office_id, service_id, procedure_id,"
                                + " starts_at, ends_at, status, desk, citizen_name, citizen_phone, conversation_id,"
                                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                appointment.id(),
                                booking.idempotencyKey(),
                                appointment.officeId(),
                                appointment.serviceId(),
                                appointment.procedureId(),
                                utc(appointment.start().toInstant()),
                                utc(appointment.end().toInstant()),
                                appointment.status().wireName(),
                                desk,
                                booking.citizenName(),
                                booking.citizenPhone(),
                                booking.conversationId(),
                                now,
                                now)
                        .update();
                return Placement.PLACED;
            } catch (DuplicateKeyException taken) {
                if (byKey(booking.idempotencyKey()).isPresent()) {
                    return Placement.DUPLICATE_KEY;
                }
                // Someone took this place a moment ago: try the next one.
            }
        }
        return Placement.FULL;
    }

    @Override
    public Placement moveTo(String id, ZonedDateTime start, ZonedDateTime end, int capacity) {
        Optional<Appointment> current = byId(id);
        if (current.isEmpty() || current.get().status() != AppointmentStatus.BOOKED) {
            return Placement.FULL;
        }
        for (int desk : freeDesksFirst(current.get().officeId(), current.get().serviceId(), start, capacity)) {
            try {
                // One statement: the old place is freed as the new one is taken.
                int moved = jdbc.sql("update appointment set starts_at = ?, ends_at = ?, desk = ?, updated_at = ?"
                                + " where id = ? and status = 'booked'")
                        .params(utc(start.toInstant()), utc(end.toInstant()), desk, now(), reference(id))
                        .update();
                return moved == 1 ? Placement.PLACED : Placement.FULL;
            } catch (DuplicateKeyException taken) {
                // Taken a moment ago: try the next place.
            }
        }
        return Placement.FULL;
    }

    @Override
    public boolean cancel(String id, Instant at) {
        return jdbc.sql("update appointment set status = 'cancelled', desk = null, updated_at = ? where id = ? and"
                                + " status = 'booked'")
                        .params(utc(at), reference(id))
                        .update()
                == 1;
    }

    /** The desks of a slot, those not taken first (the others are tried too: the picture may be stale). */
    private int[] freeDesksFirst(String officeId, String serviceId, ZonedDateTime start, int capacity) {
        Set<Integer> taken = new HashSet<>(jdbc.sql("select desk from appointment where office_id = ? and"
                        + " service_id = ? and starts_at = ? and desk is not null")
                .params(officeId, serviceId, utc(start.toInstant()))
                .query(Integer.class)
                .list());
        int[] desks = new int[capacity];
        int next = 0;
        for (int desk = 1; desk <= capacity; desk++) {
            if (!taken.contains(desk)) {
                desks[next++] = desk;
            }
        }
        for (int desk = 1; desk <= capacity; desk++) {
            if (taken.contains(desk)) {
                desks[next++] = desk;
            }
        }
        return desks;
    }

    /** References are upper case; citizens often type them in lower case. */
    private static String reference(String id) {
        return id.toUpperCase(Locale.ROOT);
    }

    private Appointment row(ResultSet rows, int n) throws SQLException {
        return new Appointment(
                rows.getString("id"),
                rows.getString("procedure_id"),
                rows.getString("service_id"),
                rows.getString("office_id"),
                rows.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(zone),
                rows.getObject("ends_at", OffsetDateTime.class).atZoneSameInstant(zone),
                AppointmentStatus.fromWireName(rows.getString("status")));
    }

    private OffsetDateTime now() {
        return utc(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
