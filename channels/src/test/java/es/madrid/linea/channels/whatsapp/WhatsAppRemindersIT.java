package es.madrid.linea.channels.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.madrid.fixtures.TestClockConfiguration;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderDetails;
import es.madrid.linea.bot.notifications.ReminderRequest;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.testing.TestClock;
import es.madrid.linea.channels.whatsapp.outbound.Outbox;
import es.madrid.linea.channels.whatsapp.outbound.WhatsAppReminderSender;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reminder of an appointment booked on WhatsApp goes out the day before as the approved {@code recordatorio_cita}
 * template, to the citizen's number, exactly once: checked on the request the Graph API receives.
 */
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "cibeles.notifications.dispatch-every=200ms")
class WhatsAppRemindersIT extends WhatsAppIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Autowired
    AppointmentBook appointments;

    @Autowired
    Notifications notifications;

    @Autowired
    TestClock clock;

    @Test
    void theDayBeforeTheReminderGoesAsTheRecordatorioCitaTemplate() throws Exception {
        String waId = MetaWebhooks.newNumber();
        // The citizen writes at the application's (test) time, so the bot's replies are inside the 24-hour window.
        var message = MetaWebhooks.message(waId, MetaWebhooks.newWamid(), clock.instant(), "text");
        message.putObject("text").put("body", "gracias");
        deliver(MetaWebhooks.messages(waId, message));
        await().until(() -> conversationOf(waId).isPresent());
        String conversation = conversationOf(waId).orElseThrow().id();
        // The outbox paces each citizen by the application's clock: let it tick until the replies are out.
        await().until(() -> ticked()
                && !outbox.ofConversation(conversation).isEmpty()
                && outbox.ofConversation(conversation).stream().allMatch(e -> e.state() == Outbox.State.SENT));
        ReminderDetails details = new ReminderDetails(
                "Línea Madrid Arganzuela",
                "Paseo de la Chopera, 10",
                "Alta en el Padrón (empadronarse)",
                List.of("La hoja padronal.", "DNI, NIE o pasaporte"));
        Appointment booked = ((RemindedAppointmentBook) appointments)
                .bookAndRemind(
                        new Booking(
                                "oac-arganzuela",
                                "padron-gestiones",
                                "empadronamiento-alta",
                                LocalDateTime.parse("2026-12-02T10:30").atZone(MADRID),
                                "Almudena Ruiz",
                                null,
                                "whatsapp-reminder-" + waId,
                                conversation),
                        ReminderRequest.whatsapp(conversation, details))
                .valueIfDone()
                .orElseThrow();

        clock.advance(Duration.ofHours(26)); // Tuesday 1 December, 09:00 UTC: 10:00 in Madrid, the reminder's time

        try {
            await().until(() -> ticked()
                    && templatesTo(waId).size() == 1
                    && notifications
                                    .reminderOf(booked.id())
                                    .map(Reminder::status)
                                    .orElse(null)
                            == ReminderStatus.SENT);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "reminder " + notifications.reminderOf(booked.id()) + "; outbox "
                            + outbox.ofConversation(conversation) + "; graph " + GRAPH.messagesTo(waId),
                    e);
        }
        JsonNode expected = JsonMapper.builder().build().readTree("""
                {"messaging_product": "whatsapp", "recipient_type": "individual", "type": "template",
                 "to": "%s",
                 "template": {"name": "recordatorio_cita",
                              "language": {"policy": "deterministic", "code": "es_ES"},
                              "components": [{"type": "body", "parameters": [
                                  {"type": "text", "text": "Línea Madrid Arganzuela (Paseo de la Chopera, 10)"},
                                  {"type": "text", "text": "miércoles 2 de diciembre"},
                                  {"type": "text", "text": "10:30"},
                                  {"type": "text", "text": "La hoja padronal; DNI, NIE o pasaporte"}]}]}}
                """.formatted(waId));
        JsonNode sent = templatesTo(waId).get(0);
        assertThat(sent).isEqualTo(expected);
        assertThat(MetaMessageSpec.violations(sent)).isEmpty();
        Reminder reminder = notifications.reminderOf(booked.id()).orElseThrow();
        assertThat(reminder.deliveredBy()).isEqualTo(WhatsAppReminderSender.WHATSAPP);
        assertThat(reminder.attempts()).isEqualTo(1);

        Thread.sleep(1_000); // several dispatch rounds later, still one template
        assertThat(templatesTo(waId)).hasSize(1);
    }

    /** Moves the test clock a little, as time goes by; always true, to be used inside a wait. */
    private boolean ticked() {
        clock.advance(Duration.ofSeconds(1));
        return true;
    }

    private static List<JsonNode> templatesTo(String waId) {
        return GRAPH.messagesTo(waId).stream()
                .filter(message -> "template".equals(message.path("type").asString()))
                .toList();
    }
}
