package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertService;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.nlu.IncidentCategory;
import es.madrid.linea.handoff.actions.AlertDraft.ServiceChoice;
import es.madrid.linea.handoff.actions.AlertDraft.Suggestion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Files an alert for the citizen: the form filled from the conversation, and the filing through the {@link
 * AlertsDesk} with the result recorded in the conversation and told to the citizen.
 */
final class AlertFiling {

    static final String ACTION = Conversation.FILE_ALERT;

    private static final int SUGGESTIONS = 3;

    private final AlertsDesk alerts;
    private final OnBehalf onBehalf;
    private final ActionTexts texts;

    AlertFiling(AlertsDesk alerts, OnBehalf onBehalf, ActionTexts texts) {
        this.alerts = alerts;
        this.onBehalf = onBehalf;
        this.texts = texts;
    }

    AlertDraft draft(GatheredFacts facts) {
        Outcome<List<AlertService>> listed = alerts.services();
        List<ServiceChoice> services = listed.valueIfDone().orElse(List.of()).stream()
                .map(s -> new ServiceChoice(s.id(), s.name(), s.group()))
                .toList();
        List<Suggestion> suggestions = facts.incidentCategories().stream()
                .limit(SUGGESTIONS)
                .map(c -> new Suggestion(c.serviceId(), c.name(), (int) Math.round(c.confidence() * 100)))
                .toList();
        Optional<GeoPoint> point = facts.slot(GatheredFacts.ALERT_LOCATION)
                .flatMap(AlertFiling::point)
                .or(() -> Optional.ofNullable(facts.location()));
        return new AlertDraft(
                facts.slot(GatheredFacts.ALERT_SERVICE)
                        .or(() ->
                                facts.incidentCategories().stream().findFirst().map(IncidentCategory::serviceId))
                        .orElse(null),
                facts.slotOrEntity(GatheredFacts.ALERT_ADDRESS, "address").orElse(null),
                point.map(GeoPoint::lat).orElse(null),
                point.map(GeoPoint::lon).orElse(null),
                facts.slot(GatheredFacts.ALERT_DESCRIPTION).orElse(facts.incidentText()),
                facts.slot(GatheredFacts.PHOTO).orElse(null),
                suggestions,
                services,
                listed.isDone() ? null : "El sistema de avisos no responde: no se pueden leer sus categorías ahora.");
    }

    /** Checks the form before anything is queued, so the agent hears of a mistake at once. */
    NewAlert prepare(AlertRequest request, Conversation conversation) {
        return request.toNewAlert(conversation.slot(GatheredFacts.PHOTO).orElse(null));
    }

    ActionResult file(String agent, AlertRequest request, NewAlert alert) {
        Outcome<Alert> outcome = alerts.file(alert);
        if (outcome instanceof Outcome.Done<Alert> done) {
            Alert filed = done.value();
            onBehalf.done(request.conversationId(), agent, ACTION, filed.code(), texts.alertFiled(filed));
            return ActionResult.done(request, ACTION, filed.code(), texts.alertFiledForAgent(filed));
        }
        if (outcome instanceof Outcome.Pending<Alert>) {
            onBehalf.tell(request.conversationId(), agent, texts.alertKept());
            return ActionResult.pending(request, ACTION, texts.alertKeptForAgent());
        }
        Outcome.Failed<Alert> failed = (Outcome.Failed<Alert>) outcome;
        return ActionResult.failed(
                request,
                ACTION,
                failed.failure().name().toLowerCase(Locale.ROOT),
                texts.alertNotFiled(failed.failure(), failed.detail()));
    }

    /** A point written {@code lat,lon}; empty when it is anything else. */
    private static Optional<GeoPoint> point(String value) {
        String[] parts = value.split(",");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
