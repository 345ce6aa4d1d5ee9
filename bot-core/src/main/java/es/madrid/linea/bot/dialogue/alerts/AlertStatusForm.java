package es.madrid.linea.bot.dialogue.alerts;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertStatus;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.dialogue.forms.Acted;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.dialogue.forms.FormData;
import es.madrid.linea.bot.dialogue.forms.FormStep;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "How is my alert?": a one-question form. The code comes from the message, from the last alert filed in this
 * conversation, or from the answer to the bot's question; then the alerts system is asked. A question is not an
 * order: nothing is confirmed, and a failure is told plainly without handing over.
 */
public final class AlertStatusForm implements Form {

    public static final String NAME = "alert_status";
    public static final String CODE = "alert_code";

    static final String WHICH_CODE =
            "¿Cuál es el número de tu aviso? Está en el mensaje que recibiste al registrarlo (7 u 8 cifras).";
    static final String OPEN = "Tu aviso %s (%s) sigue abierto: el servicio municipal lo está atendiendo.";
    static final String CLOSED = "Tu aviso %s (%s) está cerrado.";
    static final String UNKNOWN = "No encuentro ningún aviso con el número %s. Revisa que esté bien escrito; si "
            + "quieres, también puedes consultarlo en el 010.";
    static final String UNAVAILABLE = "Ahora mismo no puedo consultar el estado de los avisos. Inténtalo de nuevo "
            + "más tarde, o llama al 010, donde te informarán.";

    /** A bare number typed as the answer: the extractor finds codes in sentences, this one in "12345678". */
    private static final Pattern BARE_CODE = Pattern.compile("\\b(\\d{5,10})\\b");

    private final AlertsDesk alerts;

    public AlertStatusForm(AlertsDesk alerts) {
        this.alerts = alerts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> slots() {
        return List.of(CODE);
    }

    @Override
    public boolean startsWith(Turn turn) {
        return turn.clearly(Intents.INCIDENT_STATUS);
    }

    @Override
    public Map<String, String> facts(Turn turn, FormData data) {
        Map<String, String> facts = new HashMap<>();
        turn.entity("alert_code").ifPresent(code -> facts.put(CODE, code));
        if (facts.isEmpty()
                && turn.hasText()
                && CODE.equals(data.get(DialogueSlots.FORM_STEP).orElse(null))) {
            Matcher bare = BARE_CODE.matcher(turn.text());
            if (bare.find()) {
                facts.put(CODE, bare.group(1));
            }
        }
        List<String> filedHere = turn.conversation().alerts();
        if (facts.isEmpty() && !data.has(DialogueSlots.FORM) && !filedHere.isEmpty()) {
            facts.put(CODE, filedHere.get(filedHere.size() - 1));
        }
        return facts;
    }

    @Override
    public FormStep next(FormData data, Turn turn) {
        return data.has(CODE) ? FormStep.actNow() : FormStep.ask(CODE, List.of(say(WHICH_CODE)));
    }

    @Override
    public Acted act(FormData data, Turn turn) {
        String code = data.get(CODE).orElseThrow();
        Outcome<Alert> status = alerts.status(code);
        if (status instanceof Outcome.Done<Alert> done) {
            return Acted.finished(List.of(say(statusText(done.value()))));
        }
        boolean unknown =
                status.failureIfFailed().filter(f -> f == Failure.NOT_FOUND).isPresent();
        return Acted.finished(List.of(say(unknown ? String.format(UNKNOWN, code) : UNAVAILABLE)));
    }

    @Override
    public List<Option> changes(FormData data) {
        return List.of();
    }

    @Override
    public String help() {
        return "Para decirte cómo va tu aviso necesito su número, el que te di al registrarlo.";
    }

    static String statusText(Alert alert) {
        String what = alert.serviceName() == null ? "aviso" : alert.serviceName();
        if (alert.address() != null) {
            what = what + ", " + alert.address();
        }
        String text = String.format(alert.status() == AlertStatus.OPEN ? OPEN : CLOSED, alert.code(), what);
        if (alert.statusNotes() != null && !alert.statusNotes().isBlank()) {
            text = text + " " + alert.statusNotes().strip();
        }
        return text;
    }

    private static BotUttered say(String text) {
        return new BotUttered(Reply.text(text));
    }
}
