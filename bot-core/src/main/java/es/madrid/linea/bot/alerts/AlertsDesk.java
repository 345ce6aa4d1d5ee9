package es.madrid.linea.bot.alerts;

import es.madrid.linea.bot.backoffice.Outcome;
import java.util.List;

/**
 * Port: the council's alerts system (Avisos Madrid), as the bot and agents use it. Every implementation passes
 * {@code AlertsDeskContract} (bot-core's test jar).
 *
 * <p>How to read the answers: see {@link Outcome}. Filing is an order: when the system is down or slow the alert is
 * kept and comes back {@code Pending} (filed later, the conversation is told). Asking is a question: when the system
 * does not answer it fails with {@code UNAVAILABLE}.
 */
public interface AlertsDesk {

    /** The kinds of alert the system accepts, in its order. */
    Outcome<List<AlertService>> services();

    /**
     * Files an alert. {@code Done} carries the alert and its code; a repeated idempotency key answers the alert filed
     * the first time without filing again. {@code Failed(REJECTED)} when the service is unknown or the system refuses
     * the alert as it is.
     */
    Outcome<Alert> file(NewAlert alert);

    /** The alert with this code as it stands now; {@code Failed(NOT_FOUND)} when there is none. */
    Outcome<Alert> status(String code);
}
