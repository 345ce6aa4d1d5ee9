package es.madrid.linea.channels.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.madrid.fixtures.TestClockConfiguration;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.testing.TestClock;
import es.madrid.linea.channels.whatsapp.outbound.Outbox;
import es.madrid.linea.channels.whatsapp.outbound.WhatsAppReminderSender;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Almudena's story on WhatsApp, end to end: she asks for an appointment in her own words, picks a time from the list
 * the bot sends, gives her name (no phone is asked: WhatsApp has it), confirms with the button, and the day before
 * the appointment the reminder reaches her phone as the approved template, once.
 */
@Import(TestClockConfiguration.class)
// An application of its own (the dispatch period differs from other tests'), closed afterwards: this test moves the
// application's clock days ahead, so it must neither inherit a moved clock nor leave one behind.
@TestPropertySource(properties = "cibeles.notifications.dispatch-every=250ms")
@DirtiesContext
class AlmudenaBooksOnWhatsAppIT extends WhatsAppIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Autowired
    AppointmentBook appointments;

    @Autowired
    Notifications notifications;

    @Autowired
    TestClock clock;

    @Test
    void almudenaBooksFromHerPhoneAndIsRemindedTheDayBeforeByTemplate() {
        String waId = MetaWebhooks.newNumber();

        say(waId, "Hola, quiero cita para empadronarme en Arganzuela el jueves a las 10");
        String time = await().until(
                        () -> ticked() ? optionId(waId, id -> id.startsWith("appointment:start:")) : null,
                        Optional::isPresent)
                .orElseThrow();
        choose(waId, time);
        await().until(() ->
                ticked() && GRAPH.textsTo(waId).stream().anyMatch(text -> text.contains("¿A nombre de quién")));
        say(waId, "Almudena Ruiz");
        await().until(() -> ticked() && optionId(waId, "form:confirm"::equals).isPresent());
        assertThat(GRAPH.textsTo(waId)).noneMatch(text -> text.contains("¿A qué móvil"));
        choose(waId, "form:confirm");

        ActionExecuted booked = await().until(
                        () -> ticked()
                                ? eventsOf(waId, ActionExecuted.class).stream()
                                        .filter(a -> a.action().equals("book_appointment"))
                                        .findFirst()
                                : Optional.<ActionExecuted>empty(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(booked.succeeded()).isTrue();
        Appointment appointment =
                appointments.find(booked.reference()).valueIfDone().orElseThrow();
        ZonedDateTime start = appointment.start().withZoneSameInstant(MADRID);
        assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-12-03T10:00")); // "el jueves a las 10"
        assertThat(appointment.officeId()).contains("arganzuela");
        String conversation = conversationOf(waId).orElseThrow().id();
        await().until(() -> ticked()
                && outbox.ofConversation(conversation).stream().allMatch(e -> e.state() == Outbox.State.SENT)
                && GRAPH.textsTo(waId).stream().anyMatch(text -> text.contains(booked.reference())));

        clock.advance(Duration.between(
                clock.instant(), start.minusDays(1).withHour(10).toInstant()));

        await().until(() -> ticked()
                && templatesTo(waId).size() == 1
                && notifications
                                .reminderOf(appointment.id())
                                .map(Reminder::status)
                                .orElse(null)
                        == ReminderStatus.SENT);
        JsonNode template = templatesTo(waId).get(0).path("template");
        assertThat(template.path("name").asString()).isEqualTo("recordatorio_cita");
        JsonNode parameters = template.path("components").get(0).path("parameters");
        assertThat(parameters.get(0).path("text").asString()).contains("Arganzuela");
        assertThat(parameters.get(1).path("text").asString()).isEqualTo("jueves 3 de diciembre");
        assertThat(parameters.get(2).path("text").asString()).isEqualTo("10:00");
        assertThat(parameters.get(3).path("text").asString()).containsIgnoringCase("hoja padronal");
        assertThat(notifications.reminderOf(appointment.id()).orElseThrow().deliveredBy())
                .isEqualTo(WhatsAppReminderSender.WHATSAPP);
    }

    private void say(String waId, String text) {
        ObjectNode message = MetaWebhooks.message(waId, MetaWebhooks.newWamid(), clock.instant(), "text");
        message.putObject("text").put("body", text);
        deliver(MetaWebhooks.messages(waId, message));
    }

    private void choose(String waId, String optionId) {
        ObjectNode message = MetaWebhooks.message(waId, MetaWebhooks.newWamid(), clock.instant(), "interactive");
        ObjectNode interactive = message.putObject("interactive").put("type", "list_reply");
        interactive.putObject("list_reply").put("id", optionId).put("title", "");
        deliver(MetaWebhooks.messages(waId, message));
    }

    /** The outbox paces each citizen by the application's clock: let it tick while waiting. */
    private boolean ticked() {
        clock.advance(Duration.ofSeconds(1));
        return true;
    }

    /** The id of an option the bot sent as a WhatsApp button or list row. */
    private static Optional<String> optionId(String waId, Predicate<String> wanted) {
        List<String> ids = new ArrayList<>();
        for (JsonNode message : GRAPH.messagesTo(waId)) {
            collectIds(message.path("interactive").path("action"), ids);
        }
        return ids.stream().filter(wanted).findFirst();
    }

    private static void collectIds(JsonNode node, List<String> ids) {
        if (node.isObject() && node.has("id") && node.has("title")) {
            ids.add(node.get("id").asString());
        }
        for (JsonNode child : node) {
            collectIds(child, ids);
        }
    }

    private static List<JsonNode> templatesTo(String waId) {
        return GRAPH.messagesTo(waId).stream()
                .filter(message -> "template".equals(message.path("type").asString()))
                .toList();
    }
}
