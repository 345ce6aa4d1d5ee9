package es.madrid.linea.bot.dialogue.alerts;

import static es.madrid.linea.bot.dialogue.DialogueHarness.address;
import static es.madrid.linea.bot.dialogue.DialogueHarness.category;
import static es.madrid.linea.bot.dialogue.DialogueHarness.optionIds;
import static es.madrid.linea.bot.dialogue.DialogueHarness.texts;
import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.dialogue.DialogueHarness;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.dialogue.forms.FormPolicy;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertFormTest {

    private final DialogueHarness bot = new DialogueHarness();

    {
        bot.understanding
                .teach(
                        "la farola de mi portal no funciona, llamadme al 600123456",
                        Intents.REPORT_INCIDENT,
                        0.99,
                        List.of(),
                        List.of(category(AlertsDeskContract.STREET_LIGHT, "Farola apagada", 0.9)))
                .teach(
                        "hay un bache",
                        Intents.REPORT_INCIDENT,
                        0.99,
                        List.of(),
                        List.of(
                                category("591b379e4e4ea844018b456d", "Desperfecto en calzada", 0.6),
                                category(AlertsDeskContract.PAVEMENT, "Desperfecto en acera", 0.3)))
                .teach(
                        "está en la calle de Alcalá 102",
                        Intents.REPORT_INCIDENT,
                        0.9,
                        List.of(address("Calle de Alcalá 102")),
                        List.of())
                .teach(
                        "no, en la calle de Toledo 10",
                        Intents.REPORT_INCIDENT,
                        0.8,
                        List.of(address("Calle de Toledo 10")),
                        List.of())
                .teach("sí", Intents.AFFIRM, 0.99);
    }

    @Test
    void anAlertWithItsCategoryAndAddressIsConfirmedThenFiledWithItsDistrictAndMaskedDescription() {
        bot.start();

        List<ConversationEvent> asked = bot.say("la farola de mi portal no funciona, llamadme al 600123456");
        assertThat(texts(asked)).containsExactly(AlertForm.WHERE);
        List<ConversationEvent> confirm = bot.say("está en la calle de Alcalá 102");
        assertThat(texts(confirm).get(0)).contains("Farola apagada", "Calle de Alcalá 102", "(Salamanca)");
        assertThat(optionIds(confirm))
                .containsExactly(
                        FormPolicy.CONFIRM,
                        FormPolicy.CHANGE_PREFIX + AlertForm.ADDRESS,
                        FormPolicy.CHANGE_PREFIX + AlertForm.CATEGORY,
                        FormPolicy.CANCEL);
        List<ConversationEvent> done = bot.press(FormPolicy.CONFIRM);

        assertThat(done)
                .anyMatch(e -> e instanceof ActionExecuted a
                        && a.succeeded()
                        && a.reference().equals("10000001"));
        assertThat(texts(done))
                .anyMatch(t -> t.contains("10000001") && t.contains("Madrid Móvil") && t.contains("010"));
        NewAlert alert = bot.alerts.filed().get(0);
        assertThat(alert.serviceId()).isEqualTo(AlertsDeskContract.STREET_LIGHT);
        assertThat(alert.address()).isEqualTo("Calle de Alcalá 102");
        assertThat(alert.location()).isNotNull();
        assertThat(alert.description()).doesNotContain("600123456");
        assertThat(alert.idempotencyKey()).startsWith(bot.id + ":");
        assertThat(bot.conversation().slots()).doesNotContainKeys(DialogueSlots.FORM, AlertForm.ADDRESS);
        assertThat(bot.conversation().alerts()).containsExactly("10000001");
    }

    @Test
    void anUnsureCategoryIsOfferedAmongTheOnesTheAlertsSystemAccepts() {
        bot.start();

        List<ConversationEvent> asked = bot.say("hay un bache");

        // "Desperfecto en calzada" is likelier, but this alerts system does not take it.
        assertThat(optionIds(asked)).containsExactly("alert:category:" + AlertsDeskContract.PAVEMENT, AlertForm.OTHER);
        bot.press("alert:category:" + AlertsDeskContract.PAVEMENT);
        assertThat(bot.conversation().slot(AlertForm.CATEGORY_NAME)).hasValue("Desperfecto en acera");
    }

    @Test
    void aCorrectionReplacesTheAddressAndItsPoint() {
        bot.start();
        bot.say("la farola de mi portal no funciona, llamadme al 600123456");
        bot.say("está en la calle de Alcalá 102");
        String before = bot.conversation().slot(AlertForm.LAT).orElseThrow();

        List<ConversationEvent> corrected = bot.say("no, en la calle de Toledo 10");

        assertThat(texts(corrected).get(0)).contains("Calle de Toledo 10").doesNotContain("Alcalá");
        assertThat(bot.conversation().slot(AlertForm.LAT)).isPresent().isNotEqualTo(java.util.Optional.of(before));
    }

    @Test
    void aSharedLocationIsPutInItsDistrictAndAPhotoIsAttached() {
        bot.start();
        bot.say("la farola de mi portal no funciona, llamadme al 600123456");
        appendPhoto();

        List<ConversationEvent> confirm = bot.share(new GeoPoint(40.4233, -3.6712));
        bot.press(FormPolicy.CONFIRM);

        assertThat(texts(confirm).get(0)).contains("la ubicación que has compartido", "Salamanca", "foto");
        assertThat(bot.alerts.filed().get(0).photoUrl()).isEqualTo("whatsapp-media:42");
        assertThat(bot.alerts.filed().get(0).address()).isNull();
        assertThat(bot.conversation().slot(DialogueSlots.PHOTO)).isEmpty();
    }

    @Test
    void whenTheSystemIsDownTheAlertIsKeptAndTheCitizenToldSo() {
        bot.alerts.filingAnswers(Outcome.pending("ticket-1"));
        bot.start();
        bot.say("la farola de mi portal no funciona, llamadme al 600123456");
        bot.say("está en la calle de Alcalá 102");

        List<ConversationEvent> kept = bot.say("sí");

        assertThat(texts(kept)).containsExactly(AlertForm.KEPT);
        assertThat(kept).noneMatch(e -> e instanceof ActionExecuted);
        assertThat(bot.conversation().slot(DialogueSlots.FORM)).isEmpty();
    }

    @Test
    void aRefusedAlertIsKeptAtTheConfirmationAndHandedToAPerson() {
        bot.alerts.filingAnswers(Outcome.failed(Failure.REJECTED, "no"));
        bot.start();
        bot.say("la farola de mi portal no funciona, llamadme al 600123456");
        bot.say("está en la calle de Alcalá 102");

        List<ConversationEvent> refused = bot.say("sí");

        assertThat(refused)
                .anyMatch(e -> e instanceof ActionExecuted a && a.outcome().equals("rejected"));
        assertThat(refused)
                .anyMatch(e -> e instanceof HandoffRequested h && h.reason().equals("action_failed"));
        assertThat(bot.conversation().slot(AlertForm.ADDRESS)).hasValue("Calle de Alcalá 102");
    }

    private void appendPhoto() {
        // What the WhatsApp channel records when an image arrives.
        bot.record(new SlotSet(DialogueSlots.PHOTO, "whatsapp-media:42"));
    }
}
