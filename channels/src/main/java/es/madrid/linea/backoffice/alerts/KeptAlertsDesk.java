package es.madrid.linea.backoffice.alerts;

import es.madrid.linea.backoffice.pending.Attempt;
import es.madrid.linea.backoffice.pending.FollowUp;
import es.madrid.linea.backoffice.pending.KeptRequest;
import es.madrid.linea.backoffice.pending.KeptRequestHandler;
import es.madrid.linea.backoffice.pending.KeptRequests;
import es.madrid.linea.backoffice.remote.LastKnown;
import es.madrid.linea.backoffice.remote.RemoteFailure;
import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertService;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The council's Open311 alerts system as an {@link AlertsDesk} that loses nothing and files nothing twice. Every new
 * alert goes through the {@link KeptRequests} ledger under its idempotency key; when the server does not answer, the
 * alert is kept and filed later (the conversation is told). When an answer was lost after sending, the server is
 * searched for the alert before sending it again. The service list is cached, so options can still be offered while
 * the server is down.
 */
final class KeptAlertsDesk implements AlertsDesk, KeptRequestHandler {

    static final String KIND = FollowUp.FILE_ALERT;

    /** A batch server's token, kept as the request's reference until it turns into an id. */
    private static final String TOKEN = "token:";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Open311Client client;
    private final KeptRequests kept;
    private final FollowUp followUp;
    private final Clock clock;
    private final LastKnown<List<AlertService>> services = new LastKnown<>();

    KeptAlertsDesk(Open311Client client, KeptRequests kept, FollowUp followUp, Clock clock) {
        this.client = client;
        this.kept = kept;
        this.followUp = followUp;
        this.clock = clock;
    }

    @Override
    public Outcome<List<AlertService>> services() {
        return services.ask(client::services);
    }

    @Override
    public Outcome<Alert> file(NewAlert alert) {
        return kept.submit(
                KIND,
                alert.idempotencyKey(),
                alert.conversationId(),
                JSON.writeValueAsString(alert),
                request -> send(alert),
                KeptAlertsDesk::readAlert);
    }

    @Override
    public Outcome<Alert> status(String code) {
        try {
            return Outcome.done(client.request(code));
        } catch (RemoteFailure e) {
            if (e.kind() == RemoteFailure.Kind.NOT_FOUND || e.kind() == RemoteFailure.Kind.REFUSED) {
                return Outcome.failed(Failure.NOT_FOUND, e.getMessage());
            }
            return Outcome.failed(Failure.UNAVAILABLE, e.getMessage());
        }
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Attempt attempt(KeptRequest request) {
        NewAlert alert = JSON.readValue(request.payload(), NewAlert.class);
        try {
            if (request.reference() != null && request.reference().startsWith(TOKEN)) {
                Optional<String> id =
                        client.requestIdOfToken(request.reference().substring(TOKEN.length()));
                return id.map(code -> filed(code, alert))
                        .orElseGet(() -> new Attempt.NotYet(false, null, "still queued by the alerts system"));
            }
            if (request.uncertain()) {
                Optional<Alert> found = client.findFiled(alert, request.createdAt(), clock.instant());
                if (found.isPresent()) {
                    return new Attempt.Succeeded(found.get().code(), JSON.writeValueAsString(found.get()));
                }
            }
        } catch (RemoteFailure e) {
            return new Attempt.NotYet(request.uncertain(), null, e.getMessage());
        }
        return send(alert);
    }

    @Override
    public void settled(KeptRequest request, Attempt outcome) {
        if (outcome instanceof Attempt.Succeeded) {
            followUp.alertFiled(request.conversationId(), request.id(), readAlert(request.result()));
        } else {
            followUp.notDone(request.conversationId(), request.id(), KIND, request.lastError());
        }
    }

    private Attempt send(NewAlert alert) {
        try {
            Open311Client.Created created = client.create(alert);
            if (created.requestId() == null) {
                return new Attempt.NotYet(false, TOKEN + created.token(), "queued by the alerts system");
            }
            return filed(created.requestId(), alert);
        } catch (RemoteFailure e) {
            switch (e.kind()) {
                case REFUSED:
                case NOT_FOUND:
                    return new Attempt.Refused(Failure.REJECTED, e.getMessage());
                case NOTHING_DONE:
                    return new Attempt.NotYet(false, null, e.getMessage());
                default:
                    return new Attempt.NotYet(true, null, e.getMessage());
            }
        }
    }

    /** The alert as filed: what was sent, under the code the server gave (its status is open until it says more). */
    private Attempt filed(String code, NewAlert alert) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Alert filed = Alert.filed(code, alert, serviceName(alert.serviceId()), now);
        return new Attempt.Succeeded(code, JSON.writeValueAsString(filed));
    }

    private String serviceName(String serviceId) {
        List<AlertService> known =
                services.last().orElseGet(() -> services().valueIfDone().orElse(List.of()));
        return known.stream()
                .filter(service -> service.id().equals(serviceId))
                .map(AlertService::name)
                .findFirst()
                .orElse(null);
    }

    private static Alert readAlert(String json) {
        return JSON.readValue(json, Alert.class);
    }
}
