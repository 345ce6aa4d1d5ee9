package es.madrid.linea.bot.dialogue;

import static es.madrid.linea.bot.dialogue.DialogueHarness.address;
import static es.madrid.linea.bot.dialogue.DialogueHarness.category;
import static es.madrid.linea.bot.dialogue.DialogueHarness.optionIds;
import static es.madrid.linea.bot.dialogue.DialogueHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.dialogue.alerts.AlertForm;
import es.madrid.linea.bot.handoff.PriorityCitizen;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDialogueTest {

    private final DialogueHarness bot = new DialogueHarness();

    {
        bot.understanding
                .teach("hola", Intents.GREET, 0.99)
                .teach(
                        "la farola no va",
                        Intents.REPORT_INCIDENT,
                        0.99,
                        List.of(),
                        List.of(category(AlertsDeskContract.STREET_LIGHT, "Farola apagada", 0.9)))
                .teach(
                        "calle de Alcalá 102",
                        Intents.OUT_OF_SCOPE,
                        0.4,
                        List.of(address("Calle de Alcalá 102")),
                        List.of())
                .teach("algo de la calle", Intents.REPORT_INCIDENT, 0.7)
                .teach("sí", Intents.AFFIRM, 0.99);
    }

    @Test
    void onWhatsAppAFirstHolaIsNotGreetedAgain() {
        bot.start(Channel.WHATSAPP, CitizenProfile.anonymous());
        assertThat(texts(bot.events()))
                .filteredOn(t -> t.startsWith("¡Hola! Soy Cibeles"))
                .hasSize(1);

        List<ConversationEvent> answer = bot.say("hola");

        assertThat(texts(answer)).isEmpty();
        assertThat(texts(bot.say("hola"))).anyMatch(t -> t.startsWith("¡Hola! Soy Cibeles"));
    }

    @Test
    void onTheWebAFirstHolaGetsAShortAnswerNotTheWholeGreeting() {
        bot.start();

        assertThat(texts(bot.say("hola"))).containsExactly(SmallTalk.HOW_CAN_I_HELP);
    }

    @Test
    void aConversationResumesMidFormAfterARestart() {
        bot.start();
        bot.say("la farola no va");
        assertThat(bot.conversation().slot(DialogueSlots.FORM)).hasValue(AlertForm.NAME);

        bot.restart(); // a new dialogue and service: the state comes only from the stored events
        List<ConversationEvent> confirmation = bot.say("calle de Alcalá 102");

        assertThat(texts(confirmation)).anyMatch(t -> t.contains("Farola apagada") && t.contains("Alcalá 102"));
        bot.restart();
        List<ConversationEvent> filed = bot.say("sí");
        assertThat(filed).anyMatch(e -> e instanceof ActionExecuted a && a.succeeded());
    }

    @Test
    void anAddressTheFormUnderstoodIsNotCountedAsAMisunderstanding() {
        bot.start();
        bot.say("la farola no va");

        bot.say("calle de Alcalá 102");

        assertThat(bot.conversation().slot("misunderstood_turns")).isEmpty();
    }

    @Test
    void threeMessagesNotUnderstoodInARowGoToAPerson() {
        bot.start();
        bot.say("uno");
        bot.say("dos");

        List<ConversationEvent> third = bot.say("tres");

        assertThat(third)
                .anyMatch(e -> e instanceof HandoffRequested h && h.reason().equals("not_understood"));
    }

    @Test
    void aHesitantActionIsAskedBackWithOptionsAndThePickedOneIsAnswered() {
        bot.start();

        List<ConversationEvent> asked = bot.say("algo de la calle");

        assertThat(optionIds(asked)).startsWith("ask:report_incident").contains(AskBack.NONE);
        assertThat(bot.conversation().slot(DialogueSlots.ASKED_BACK_TEXT)).hasValue("algo de la calle");
        List<ConversationEvent> picked = bot.press("ask:report_incident");
        assertThat(bot.conversation().slot(DialogueSlots.FORM)).hasValue(AlertForm.NAME);
        assertThat(bot.conversation().slot(DialogueSlots.ASKED_BACK_TEXT)).isEmpty();
        assertThat(texts(picked)).anyMatch(t -> t.startsWith("Cuéntame qué ocurre"));
    }

    @Test
    void aCitizenWhoSaysTheirAgeIsRecordedAsPriorityAndThanked() {
        bot.start();

        List<ConversationEvent> answer = bot.say("tengo 81 años");

        assertThat(bot.conversation().slot(PriorityCitizen.SLOT)).hasValue("true");
        assertThat(bot.conversation().slot(DialogueSlots.PRIORITY_REASON)).hasValue("age");
        assertThat(texts(answer)).contains(PolicyDialogue.NOTED_PRIORITY);
    }

    @Test
    void aPriorityProfileIsRecordedAtTheStartAndGreetedPlainly() {
        bot.start(Channel.WEB, new CitizenProfile(null, null, null, null, null, true));

        assertThat(bot.conversation().slot(PriorityCitizen.SLOT)).hasValue("true");
        assertThat(bot.conversation().slot(DialogueSlots.PRIORITY_REASON)).hasValue("profile");
        assertThat(texts(bot.events())).contains(SmallTalk.CAPABILITIES_PLAIN);
    }

    @Test
    void somethingOutOfScopeIsAdmittedWithWhatTheBotCanDo() {
        bot.start();

        List<ConversationEvent> answer = bot.say("¿quién ganará la liga?");

        assertThat(texts(answer)).containsExactly(Fallback.OUT_OF_SCOPE);
        assertThat(optionIds(answer)).contains("menu:persona");
    }

    @Test
    void everyPolicyHasAName() {
        assertThat(bot.policies().allCurrentPolicies())
                .extracting(Policy::name)
                .containsExactly("forms", "ask_back", "small_talk", "procedure_questions", "fallback");
    }
}
