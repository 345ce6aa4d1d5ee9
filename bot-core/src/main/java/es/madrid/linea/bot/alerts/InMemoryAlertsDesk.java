package es.madrid.linea.bot.alerts;

import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An alerts desk in memory, for tests: it files every alert at once and issues codes from 10000001 on. */
public final class InMemoryAlertsDesk implements AlertsDesk {

    private final Clock clock;
    private final List<AlertService> services;
    private final Map<String, Alert> byCode = new HashMap<>();
    private final Map<String, String> codeByKey = new HashMap<>();
    private long nextCode = AlertCode.FIRST_EMBEDDED;

    public InMemoryAlertsDesk(Clock clock, List<AlertService> services) {
        this.clock = clock;
        this.services = List.copyOf(services);
    }

    @Override
    public Outcome<List<AlertService>> services() {
        return Outcome.done(services);
    }

    @Override
    public synchronized Outcome<Alert> file(NewAlert alert) {
        String known = codeByKey.get(alert.idempotencyKey());
        if (known != null) {
            return Outcome.done(byCode.get(known));
        }
        Optional<AlertService> service = service(alert.serviceId());
        if (service.isEmpty()) {
            return Outcome.failed(Failure.REJECTED, "unknown service " + alert.serviceId());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String code = Long.toString(nextCode++);
        Alert filed = Alert.filed(code, alert, service.get().name(), now);
        byCode.put(code, filed);
        codeByKey.put(alert.idempotencyKey(), code);
        return Outcome.done(filed);
    }

    @Override
    public synchronized Outcome<Alert> status(String code) {
        Alert alert = byCode.get(code);
        return alert == null ? Outcome.failed(Failure.NOT_FOUND, "no alert " + code) : Outcome.done(alert);
    }

    private Optional<AlertService> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
