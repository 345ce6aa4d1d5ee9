package es.madrid.linea.backoffice.alerts;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertService;
import es.madrid.linea.bot.alerts.AlertStatus;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.geo.GeoPoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The embedded alerts system (table {@code alert}): files alerts at once with 8-digit codes from 10000001, like
 * Avisos Madrid's numbers, and answers their status. It is the default, so the product runs alone; other apps follow
 * its alerts through the Open311 endpoints. New alerts stay open: the council's services close them in their own
 * system.
 */
public final class EmbeddedAlertsRegistry implements AlertsDesk {

    private static final String COLUMNS = "code, service_id, service_name, status, status_notes, address, lat, lon,"
            + " description, photo_url, created_at, updated_at";

    private final JdbcClient jdbc;
    private final AlertServiceCatalogue catalogue;
    private final Clock clock;

    public EmbeddedAlertsRegistry(JdbcClient jdbc, AlertServiceCatalogue catalogue, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public Outcome<List<AlertService>> services() {
        return Outcome.done(catalogue.offered());
    }

    /** Every service the registry knows, offered or retired. */
    public AlertServiceCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public Outcome<Alert> file(NewAlert alert) {
        Optional<Alert> known = byKey(alert.idempotencyKey());
        if (known.isPresent()) {
            return Outcome.done(known.get());
        }
        if (!catalogue.isOffered(alert.serviceId())) {
            return Outcome.failed(Failure.REJECTED, "unknown service " + alert.serviceId());
        }
        AlertService service = catalogue.service(alert.serviceId()).orElseThrow();
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        KeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into alert (idempotency_key, service_id, service_name, status, description, address,"
                            + " lat, lon, photo_url, conversation_id, created_at, updated_at) values (?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            alert.idempotencyKey(),
                            service.id(),
                            service.name(),
                            AlertStatus.OPEN.wireName(),
                            alert.description(),
                            alert.address(),
                            alert.location() == null ? null : alert.location().lat(),
                            alert.location() == null ? null : alert.location().lon(),
                            alert.photoUrl(),
                            alert.conversationId(),
                            now,
                            now)
                    .update(keys, "code");
        } catch (DuplicateKeyException raced) {
            return Outcome.done(byKey(alert.idempotencyKey()).orElseThrow());
        }
        return status(String.valueOf(keys.getKeyAs(Number.class).longValue()));
    }

    @Override
    public Outcome<Alert> status(String code) {
        return byCode(code)
                .<Outcome<Alert>>map(Outcome::done)
                .orElseGet(() -> Outcome.failed(Failure.NOT_FOUND, "no alert " + code));
    }

    /** The alerts a query asks for, newest first. */
    List<Alert> find(AlertQuery query) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from alert where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!query.codes().isEmpty()) {
            List<Long> codes = query.codes().stream()
                    .filter(code -> code.matches("\\d{1,18}"))
                    .map(Long::valueOf)
                    .toList();
            if (codes.isEmpty()) {
                return List.of();
            }
            sql.append(" and code in (").append("?,".repeat(codes.size() - 1)).append("?)");
            params.addAll(codes);
        } else {
            if (!query.serviceIds().isEmpty()) {
                sql.append(" and service_id in (")
                        .append("?,".repeat(query.serviceIds().size() - 1))
                        .append("?)");
                params.addAll(query.serviceIds());
            }
            if (query.status() != null) {
                sql.append(" and status = ?");
                params.add(query.status().wireName());
            }
            sql.append(" and created_at >= ? and created_at <= ?");
            params.add(query.from().atOffset(ZoneOffset.UTC));
            params.add(query.to().atOffset(ZoneOffset.UTC));
        }
        sql.append(" order by created_at desc, code desc fetch first ? rows only");
        params.add(query.limit());
        return jdbc.sql(sql.toString())
                .params(params)
                .query(EmbeddedAlertsRegistry::row)
                .list();
    }

    private Optional<Alert> byCode(String code) {
        if (code == null || !code.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from alert where code = ?")
                .param(Long.valueOf(code))
                .query(EmbeddedAlertsRegistry::row)
                .optional();
    }

    private Optional<Alert> byKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from alert where idempotency_key = ?")
                .param(key)
                .query(EmbeddedAlertsRegistry::row)
                .optional();
    }

    private static Alert row(ResultSet rows, int n) throws SQLException {
        double lat = rows.getDouble("lat");
        GeoPoint location = rows.wasNull() ? null : new GeoPoint(lat, rows.getDouble("lon"));
        return new Alert(
                String.valueOf(rows.getLong("code")),
                rows.getString("service_id"),
                rows.getString("service_name"),
                AlertStatus.fromWireName(rows.getString("status")),
                rows.getString("status_notes"),
                rows.getString("address"),
                location,
                rows.getString("description"),
                rows.getString("photo_url"),
                instant(rows, "created_at"),
                instant(rows, "updated_at"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
