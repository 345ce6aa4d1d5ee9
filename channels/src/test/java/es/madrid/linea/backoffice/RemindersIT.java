package es.madrid.linea.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.fixtures.TestClockConfiguration;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderDetails;
import es.madrid.linea.bot.notifications.ReminderRequest;
import es.madrid.linea.bot.testing.TestClock;
import es.madrid.linea.testing.ApplicationIT;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Reminders go out by themselves, the day before, from the running service: a web reminder appears in the
 * conversation, an SMS one is kept in the outbox (the embedded default) with its text.
 */
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "cibeles.notifications.dispatch-every=200ms")
class RemindersIT extends ApplicationIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final ReminderDetails DETAILS = new ReminderDetails(
            "Línea Madrid Arganzuela", "Paseo de la Chopera, 10", "Alta en el Padrón", List.of("DNI, NIE o pasaporte"));

    @Autowired
    AppointmentBook appointments;

    @Autowired
    TestClock clock;

    @Test
    void theDayBeforeTheRemindersGoOutOnTheirChannels() throws InterruptedException {
        String conversation = api.startConversation();
        Appointment onTheWeb = book("2026-12-02T10:30", "k-web", ReminderRequest.web(conversation, DETAILS));
        Appointment bySms = book(
                "2026-12-02T10:40", "k-sms", new ReminderRequest(ReminderChannel.SMS, "+34600000001", null, DETAILS));
        assertThat(reminderStatus(onTheWeb)).isEqualTo("scheduled");

        clock.advance(Duration.ofHours(26)); // Tuesday 1 December, 10:00 in Madrid

        Eventually.waitFor(() -> "sent".equals(reminderStatus(onTheWeb)) && "sent".equals(reminderStatus(bySms)));
        List<String> said = Eventually.botTexts(api, conversation);
        assertThat(said)
                .anyMatch(text -> text.startsWith(
                        "Recordatorio de Línea Madrid: mañana, miércoles 2 de diciembre, a las 10:30, tienes cita para Alta en"
                                + " el Padrón en Línea Madrid Arganzuela (Paseo de la Chopera, 10). Lleva: DNI, NIE o"
                                + " pasaporte."));
        JsonNode outbox = api.as("supervisor", "cibeles")
                .get("/api/v1/notifications?appointment=" + bySms.id())
                .json()
                .get(0);
        assertThat(outbox.get("deliveredBy").asString()).isEqualTo("outbox");
        assertThat(outbox.get("text").asString()).contains("a las 10:40");
        assertThat(outbox.get("attempts").asInt()).isEqualTo(1);
    }

    private Appointment book(String localStart, String key, ReminderRequest reminder) {
        return ((RemindedAppointmentBook) appointments)
                .bookAndRemind(
                        new Booking(
                                "oac-arganzuela",
                                "padron-gestiones",
                                "empadronamiento-alta",
                                LocalDateTime.parse(localStart).atZone(MADRID),
                                null,
                                null,
                                key,
                                null),
                        reminder)
                .valueIfDone()
                .orElseThrow();
    }

    private String reminderStatus(Appointment appointment) {
        return api.get("/api/v1/appointments/" + appointment.id())
                .json()
                .get("reminder")
                .get("status")
                .asString();
    }
}
