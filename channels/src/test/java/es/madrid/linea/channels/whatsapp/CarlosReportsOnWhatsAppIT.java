package es.madrid.linea.channels.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.testing.ApiClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Carlos's story on WhatsApp: he says hello (greeted once), sends a photo of the street light, says where it is,
 * confirms with the button, and gets the alert's code; the alert carries the photo and can be followed by its code.
 * Or he shares his location instead of writing an address, and the alert is filed at that point.
 */
class CarlosReportsOnWhatsAppIT extends WhatsAppIT {

    private static final String GREETING = "¡Hola! Soy Cibeles, el asistente virtual de Línea Madrid.";

    @Autowired
    AlertsDesk alerts;

    @Test
    void aFirstHolaIsGreetedOnce() throws InterruptedException {
        String waId = MetaWebhooks.newNumber();

        deliver(MetaWebhooks.messages(waId, MetaWebhooks.text(waId, MetaWebhooks.newWamid(), "hola")));

        await().until(() -> GRAPH.textsTo(waId).size() >= 2);
        Thread.sleep(1000); // a second greeting would follow within this time
        assertThat(GRAPH.textsTo(waId)).containsExactly(GREETING, GreetingTexts.CAPABILITIES);
    }

    @Test
    void carlosReportsAStreetLightWithAPhotoAndGetsItsCode() {
        String waId = MetaWebhooks.newNumber();
        deliver(MetaWebhooks.messages(waId, MetaWebhooks.text(waId, MetaWebhooks.newWamid(), "hola")));
        deliver(MetaWebhooks.messages(waId, MetaWebhooks.image(waId, MetaWebhooks.newWamid(), "4455", null)));
        await().until(() -> GRAPH.textsTo(waId).contains(GreetingTexts.PHOTO_RECEIVED));

        deliver(MetaWebhooks.messages(
                waId,
                MetaWebhooks.text(
                        waId, MetaWebhooks.newWamid(), "La farola de la calle de Alcalá 102 no se enciende")));
        await().until(() -> GRAPH.textsTo(waId).stream().anyMatch(t -> t.contains("¿Lo envío?")));
        assertThat(last(waId)).contains("Farola apagada", "Calle de Alcalá 102", "foto");
        deliver(MetaWebhooks.messages(
                waId, MetaWebhooks.listReply(waId, MetaWebhooks.newWamid(), "form:confirm", "Sí, enviar")));

        await().until(() -> GRAPH.textsTo(waId).stream().anyMatch(t -> t.contains("Tu aviso está registrado")));
        ActionExecuted action = eventsOf(waId, ActionExecuted.class).stream()
                .filter(a -> a.action().equals("file_alert"))
                .findFirst()
                .orElseThrow();
        assertThat(action.succeeded()).isTrue();
        assertThat(last(waId)).contains(action.reference(), "Madrid Móvil", "010");
        Alert alert = alerts.status(action.reference()).valueIfDone().orElseThrow();
        assertThat(alert.photoUrl()).isEqualTo("whatsapp-media:4455");
        ApiClient.Response followed = api.get("/api/v1/alerts/" + action.reference());
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().get("address").asString()).isEqualTo("Calle de Alcalá 102");
        assertThat(GRAPH.textsTo(waId)).filteredOn(GREETING::equals).hasSize(1);
    }

    @Test
    void carlosSharesHisLocationForABrokenPavementAndTheAlertIsFiledThere() {
        String waId = MetaWebhooks.newNumber();
        deliver(MetaWebhooks.messages(
                waId,
                MetaWebhooks.text(
                        waId, MetaWebhooks.newWamid(), "Hay una baldosa rota en la acera y alguien se va a caer")));
        await().until(() -> eventsOf(waId, SlotSet.class).stream()
                .anyMatch(slot -> slot.name().equals("form") && "alert".equals(slot.value())));

        deliver(MetaWebhooks.messages(waId, MetaWebhooks.location(waId, MetaWebhooks.newWamid(), 40.4233, -3.6712)));
        await().until(() -> GRAPH.textsTo(waId).stream().anyMatch(t -> t.contains("¿Lo envío?")));
        assertThat(last(waId)).contains("la ubicación que has compartido", "Salamanca");
        deliver(MetaWebhooks.messages(
                waId, MetaWebhooks.buttonReply(waId, MetaWebhooks.newWamid(), "form:confirm", "Sí, enviar")));

        await().until(() -> eventsOf(waId, ActionExecuted.class).stream()
                .anyMatch(a -> a.action().equals("file_alert") && a.succeeded()));
        String code = eventsOf(waId, ActionExecuted.class).stream()
                .filter(a -> a.action().equals("file_alert"))
                .findFirst()
                .orElseThrow()
                .reference();
        Alert alert = alerts.status(code).valueIfDone().orElseThrow();
        assertThat(alert.location().lat()).isEqualTo(40.4233);
        assertThat(alert.location().lon()).isEqualTo(-3.6712);
        await().until(() -> GRAPH.textsTo(waId).stream().anyMatch(t -> t.contains(code)));
    }

    private static String last(String waId) {
        List<String> texts = GRAPH.textsTo(waId);
        return texts.get(texts.size() - 1);
    }
}
