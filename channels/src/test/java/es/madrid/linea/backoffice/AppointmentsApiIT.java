package es.madrid.linea.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.BookableService;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderDetails;
import es.madrid.linea.bot.notifications.ReminderRequest;
import es.madrid.linea.testing.ApiClient;
import es.madrid.linea.testing.ApiClient.Response;
import es.madrid.linea.testing.ApplicationIT;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Appointments as integrating systems see them, with the embedded calendar: {@code GET /api/v1/appointments/{id}}
 * exactly as API.md says (times with offset, the reminder), the outbox for supervisors, and the people's list of
 * back-office requests.
 */
class AppointmentsApiIT extends ApplicationIT {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Autowired
    AppointmentBook appointments;

    @Test
    void theAppointmentBookIsTheOneThatKeepsRemindersInStep() {
        assertThat(appointments).isInstanceOf(RemindedAppointmentBook.class);
    }

    @Test
    void aBookedAppointmentIsShownWithItsReminder() {
        Appointment booked = book("k-it-1");

        Response response = api.get("/api/v1/appointments/" + booked.id());

        assertThat(response.status()).isEqualTo(200);
        JsonNode appointment = response.json();
        assertThat(appointment.get("id").asString()).isEqualTo(booked.id()).matches("[A-Z2-9]{8}");
        assertThat(appointment.get("procedureId").asString()).isEqualTo("empadronamiento-alta");
        assertThat(appointment.get("officeId").asString()).isEqualTo("oac-arganzuela");
        assertThat(appointment.get("status").asString()).isEqualTo("booked");
        OffsetDateTime start = OffsetDateTime.parse(appointment.get("start").asString());
        OffsetDateTime end = OffsetDateTime.parse(appointment.get("end").asString());
        assertThat(start.toInstant()).isEqualTo(booked.start().toInstant());
        assertThat(start.getOffset()).isEqualTo(booked.start().getOffset());
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofMinutes(10));
        JsonNode reminder = appointment.get("reminder");
        assertThat(reminder.get("channel").asString()).isEqualTo("sms");
        assertThat(reminder.get("status").asString()).isEqualTo("scheduled");
        OffsetDateTime remindAt =
                OffsetDateTime.parse(reminder.get("scheduledAt").asString());
        assertThat(remindAt.atZoneSameInstant(MADRID).toLocalDate())
                .isEqualTo(booked.start().toLocalDate().minusDays(1));
        assertThat(remindAt.atZoneSameInstant(MADRID).getHour()).isEqualTo(10);
    }

    @Test
    void aCancelledAppointmentShowsItAndItsReminderIsCancelled() {
        Appointment booked = book("k-it-2");

        appointments.cancel(booked.id());
        JsonNode appointment = api.get("/api/v1/appointments/" + booked.id()).json();

        assertThat(appointment.get("status").asString()).isEqualTo("cancelled");
        assertThat(appointment.get("reminder").get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void anUnknownAppointmentIsNotFoundAndAMalformedReferenceABadRequest() {
        Response unknown = api.get("/api/v1/appointments/ZZZZ2222");
        Response malformed = api.get("/api/v1/appointments/no!");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asString()).isEqualTo("appointment_not_found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("error").asString()).isEqualTo("invalid_appointment_id");
    }

    @Test
    void supervisorsSeeTheOutboxOfAnAppointment() {
        Appointment booked = book("k-it-3");
        ApiClient supervisor = api.as("supervisor", "cibeles");

        Response outbox = supervisor.get("/api/v1/notifications?appointment=" + booked.id());

        assertThat(outbox.status()).isEqualTo(200);
        JsonNode reminder = outbox.json().get(0);
        assertThat(reminder.get("appointmentId").asString()).isEqualTo(booked.id());
        assertThat(reminder.get("channel").asString()).isEqualTo("sms");
        assertThat(reminder.get("recipient").asString()).isEqualTo("*********001");
        assertThat(reminder.get("status").asString()).isEqualTo("scheduled");
        assertThat(supervisor
                        .get("/api/v1/notifications?status=scheduled")
                        .json()
                        .size())
                .isPositive();
        assertThat(supervisor.get("/api/v1/notifications?status=lost").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/notifications").status()).isEqualTo(401);
        assertThat(api.as("agent", "cibeles").get("/api/v1/notifications").status())
                .isEqualTo(403);
    }

    @Test
    void peopleSeeTheBackOfficeRequestsThatNeedThem() {
        ApiClient agent = api.as("agent", "cibeles");

        Response review = agent.get("/api/v1/backoffice/requests");

        assertThat(review.status()).isEqualTo(200);
        assertThat(review.json().isArray()).isTrue();
        assertThat(agent.get("/api/v1/backoffice/requests?state=lost").status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/backoffice/requests/nope/resolved", "{\"reference\":\"1\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/backoffice/requests").status()).isEqualTo(401);
        assertThat(api.as("editor", "cibeles")
                        .get("/api/v1/backoffice/requests")
                        .status())
                .isEqualTo(403);
    }

    private Appointment book(String key) {
        BookableService padron = appointments
                .serviceNamed("Padrón: altas, bajas y cambios de domicilio")
                .valueIfDone()
                .orElseThrow();
        ZonedDateTime nextWeek = ZonedDateTime.now(MADRID).plusDays(7);
        List<Slot> slots = appointments
                .freeSlots(SlotQuery.firstAvailable("oac-arganzuela", padron.id(), nextWeek))
                .valueIfDone()
                .orElseThrow();
        Slot slot = slots.get(0);
        ReminderRequest bySms = new ReminderRequest(
                ReminderChannel.SMS,
                "+34600000001",
                null,
                new ReminderDetails(
                        "Línea Madrid Arganzuela", "Paseo de la Chopera, 10", "Alta en el Padrón", List.of("DNI")));
        return ((RemindedAppointmentBook) appointments)
                .bookAndRemind(
                        new Booking(
                                slot.officeId(),
                                slot.serviceId(),
                                "empadronamiento-alta",
                                slot.start(),
                                null,
                                "+34600000001",
                                key,
                                null),
                        bySms)
                .valueIfDone()
                .orElseThrow();
    }
}
