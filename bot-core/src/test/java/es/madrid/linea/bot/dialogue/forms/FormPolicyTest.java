package es.madrid.linea.bot.dialogue.forms;

import static es.madrid.linea.bot.dialogue.DialogueHarness.category;
import static es.madrid.linea.bot.dialogue.DialogueHarness.optionIds;
import static es.madrid.linea.bot.dialogue.DialogueHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.dialogue.DialogueHarness;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How every form is run, shown with the alert form. */
class FormPolicyTest {

    private final DialogueHarness bot = new DialogueHarness();

    {
        bot.understanding
                .teach(
                        "la farola no va",
                        Intents.REPORT_INCIDENT,
                        0.99,
                        List.of(),
                        List.of(category(AlertsDeskContract.STREET_LIGHT, "Farola apagada", 0.9)))
                .teach("¿qué necesito para empadronarme?", Intents.PROCEDURE_INFO, 0.99)
                .teach("ayuda", Intents.HELP, 0.99)
                .teach("no", Intents.DENY, 0.99)
                .teach("oficina", Intents.FIND_OFFICE, 0.99);
    }

    @Test
    void cancelWordsEndTheFormAndClearItsSlots() {
        for (String words : List.of("déjalo", "Cancela", "olvídalo, gracias", "mejor no")) {
            bot.start();
            bot.say("la farola no va");

            List<ConversationEvent> answer = bot.say(words);

            assertThat(bot.conversation().slots()).as(words).doesNotContainKeys(DialogueSlots.FORM, "alert_category");
            assertThat(texts(answer)).as(words).anyMatch(t -> t.startsWith("De acuerdo, no envío el aviso"));
        }
    }

    @Test
    void aProcedureQuestionIsAnsweredThenTheFormAsksAgain() {
        bot.start();
        bot.say("la farola no va");

        List<ConversationEvent> answer = bot.say("¿qué necesito para empadronarme?");

        assertThat(answer).anyMatch(e -> e instanceof KnowledgeConsulted);
        assertThat(texts(answer).get(texts(answer).size() - 1)).startsWith("¿Dónde está?");
        assertThat(bot.conversation().slot(DialogueSlots.FORM)).hasValue("alert");
    }

    @Test
    void helpExplainsTheFormAndAsksAgain() {
        bot.start();
        bot.say("la farola no va");

        List<String> said = texts(bot.say("ayuda"));

        assertThat(said).hasSize(2);
        assertThat(said.get(0)).contains("qué ocurre y dónde");
        assertThat(said.get(1)).startsWith("¿Dónde está?");
    }

    @Test
    void somethingTheFormCannotReadIsAdmittedAndTheQuestionAskedAgain() {
        bot.start();
        bot.say("la farola no va");

        List<String> said = texts(bot.say("bla bla"));

        assertThat(said)
                .containsExactly(
                        "Perdona, no te he entendido.",
                        "¿Dónde está? Escribe la calle y el número, " + "o comparte tu ubicación.");
    }

    @Test
    void noAtTheConfirmationAsksWhatToChange() {
        bot.start();
        bot.say("la farola no va");
        bot.share(new es.madrid.linea.bot.geo.GeoPoint(40.4233, -3.6712));

        List<ConversationEvent> answer = bot.say("no");

        assertThat(optionIds(answer))
                .containsExactly("form:change:alert_address", "form:change:alert_category", "form:cancel");
    }

    @Test
    void anotherFormsStartLeavesTheFormInProgress() {
        bot.start();
        bot.say("la farola no va");

        List<String> said = texts(bot.say("oficina"));

        assertThat(said.get(0)).isEqualTo(FormPolicy.SWITCHING);
        assertThat(bot.conversation().slot(DialogueSlots.FORM)).hasValue("office");
        assertThat(bot.conversation().slot("alert_category")).isEmpty();
    }
}
