package es.madrid.linea.bot.dialogue.alerts;

import static es.madrid.linea.bot.dialogue.DialogueHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertStatus;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.dialogue.DialogueHarness;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertStatusFormTest {

    private final DialogueHarness bot = new DialogueHarness();

    {
        bot.understanding
                .teach(
                        "¿cómo va mi aviso 10000001?",
                        Intents.INCIDENT_STATUS,
                        0.99,
                        List.of(code("10000001")),
                        List.of())
                .teach(
                        "¿cómo va mi aviso 99999999?",
                        Intents.INCIDENT_STATUS,
                        0.99,
                        List.of(code("99999999")),
                        List.of())
                .teach("¿cómo va mi aviso?", Intents.INCIDENT_STATUS, 0.99);
    }

    @Test
    void anOpenAlertIsDescribedByItsCode() {
        bot.alerts.file(new NewAlert(AlertsDeskContract.STREET_LIGHT, "", "Calle Mayor 3", null, null, "k1", null));
        bot.start();

        assertThat(texts(bot.say("¿cómo va mi aviso 10000001?")))
                .containsExactly("Tu aviso 10000001 (Farola apagada, Calle Mayor 3) sigue abierto: el servicio "
                        + "municipal lo está atendiendo.");
        assertThat(bot.conversation().slot(DialogueSlots.FORM)).isEmpty();
    }

    @Test
    void aClosedAlertSaysSoWithTheNotes() {
        Alert closed = new Alert(
                "10000002",
                AlertsDeskContract.STREET_LIGHT,
                "Farola apagada",
                AlertStatus.CLOSED,
                "Reparada el 30 de noviembre.",
                null,
                null,
                "",
                null,
                Instant.EPOCH,
                null);

        assertThat(AlertStatusForm.statusText(closed))
                .isEqualTo("Tu aviso 10000002 (Farola apagada) está cerrado. Reparada el 30 de noviembre.");
    }

    @Test
    void anUnknownCodeGetsAClearAnswer() {
        bot.start();

        assertThat(texts(bot.say("¿cómo va mi aviso 99999999?")))
                .containsExactly(String.format(AlertStatusForm.UNKNOWN, "99999999"));
    }

    @Test
    void withoutACodeTheBotAsksForItAndReadsABareNumber() {
        bot.start();

        assertThat(texts(bot.say("¿cómo va mi aviso?"))).containsExactly(AlertStatusForm.WHICH_CODE);
        assertThat(texts(bot.say("99999999"))).containsExactly(String.format(AlertStatusForm.UNKNOWN, "99999999"));
    }

    @Test
    void withoutACodeTheLastAlertFiledHereIsTheOne() {
        bot.alerts.file(new NewAlert(AlertsDeskContract.STREET_LIGHT, "", "Calle Mayor 3", null, null, "k1", null));
        bot.start();
        bot.record(new ActionExecuted("file_alert", "ok", "10000001", null));

        assertThat(texts(bot.say("¿cómo va mi aviso?")))
                .singleElement()
                .asString()
                .contains("10000001");
    }

    @Test
    void whenTheSystemDoesNotAnswerTheCitizenIsToldPlainlyWith010AndNotHandedOver() {
        bot.alerts.statusAnswers(Outcome.failed(Failure.UNAVAILABLE, "down"));
        bot.start();

        var answer = bot.say("¿cómo va mi aviso 10000001?");

        assertThat(texts(answer)).containsExactly(AlertStatusForm.UNAVAILABLE);
        assertThat(answer).noneMatch(e -> e instanceof ActionExecuted);
    }

    private static Entity code(String code) {
        return new Entity("alert_code", code, code, 0, code.length());
    }
}
