package es.madrid.linea.bot.testing;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertService;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Outcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An alerts desk for dialogue tests: another desk (usually the in-memory one) with every filing recorded, and, when a
 * test says so, a fixed answer to filing or to status questions (the system down, or refusing).
 */
public final class ScriptedAlertsDesk implements AlertsDesk {

    private final AlertsDesk desk;
    private final List<NewAlert> filed = new CopyOnWriteArrayList<>();
    private volatile Outcome<Alert> filing;
    private volatile Outcome<Alert> status;

    public ScriptedAlertsDesk(AlertsDesk desk) {
        this.desk = desk;
    }

    /** From now on, filing answers this (null: the desk's own answer). */
    public ScriptedAlertsDesk filingAnswers(Outcome<Alert> answer) {
        this.filing = answer;
        return this;
    }

    /** From now on, status questions answer this (null: the desk's own answer). */
    public ScriptedAlertsDesk statusAnswers(Outcome<Alert> answer) {
        this.status = answer;
        return this;
    }

    /** Every alert the dialogue asked to file, in order. */
    public List<NewAlert> filed() {
        return List.copyOf(filed);
    }

    @Override
    public Outcome<List<AlertService>> services() {
        return desk.services();
    }

    @Override
    public Outcome<Alert> file(NewAlert alert) {
        filed.add(alert);
        Outcome<Alert> answer = filing;
        return answer == null ? desk.file(alert) : answer;
    }

    @Override
    public Outcome<Alert> status(String code) {
        Outcome<Alert> answer = status;
        return answer == null ? desk.status(code) : answer;
    }
}
