package es.madrid.linea.channels.stories;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.fixtures.TestClockConfiguration;
import es.madrid.linea.testing.ApiClient.Response;
import es.madrid.linea.testing.ApplicationIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Almudena's story end to end through the conversations API, on Monday 30 November 2026: she asks for an appointment
 * to register in the Padrón at Arganzuela on Thursday at ten, picks the time, gives her name, keeps the reminder in the
 * chat and confirms; the appointment exists with its reminder scheduled the day before. Then she asks when it is and
 * cancels it, and the reminder is cancelled with it.
 */
@Import(TestClockConfiguration.class)
class AlmudenaBooksAndIsRemindedIT extends ApplicationIT {

    @Test
    void almudenaBooksAsksWhenAndCancelsHerAppointment() {
        String id = api.startConversation();

        JsonNode times = say(id, "{\"text\":\"Quiero cita para empadronarme en Arganzuela el jueves a las 10\"}");
        assertThat(texts(times))
                .anyMatch(t -> t.contains("Línea Madrid Arganzuela") && t.contains("Paseo de la Chopera"));
        assertThat(optionTitle(times, 0)).isEqualTo("Jueves 3 de diciembre, 10:00");

        say(id, "{\"payload\":\"" + optionId(times, 0) + "\"}");
        JsonNode reminder = say(id, "{\"text\":\"Almudena Ruiz\"}");
        JsonNode summary = say(id, "{\"payload\":\"" + optionId(reminder, 0) + "\"}");
        assertThat(texts(summary))
                .anyMatch(t -> t.contains("el jueves 3 de diciembre a las 10:00") && t.contains("Almudena Ruiz"));
        JsonNode booked = say(id, "{\"payload\":\"form:confirm\"}");
        assertThat(texts(booked)).anyMatch(t -> t.startsWith("¡Cita reservada!") && t.contains("Lleva:"));

        String appointmentId = bookedAppointment(id);
        JsonNode appointment = api.get("/api/v1/appointments/" + appointmentId).json();
        assertThat(appointment.get("status").asString()).isEqualTo("booked");
        assertThat(appointment.get("officeId").asString()).isEqualTo("oac-arganzuela");
        assertThat(appointment.get("procedureId").asString()).isEqualTo("empadronamiento-alta");
        assertThat(appointment.get("start").asString()).startsWith("2026-12-03T10:00");
        assertThat(appointment.get("reminder").get("channel").asString()).isEqualTo("web");
        assertThat(appointment.get("reminder").get("status").asString()).isEqualTo("scheduled");
        assertThat(appointment.get("reminder").get("scheduledAt").asString()).startsWith("2026-12-02T10:00");

        JsonNode when = say(id, "{\"text\":\"¿Cuándo es mi cita?\"}");
        assertThat(texts(when))
                .anyMatch(t -> t.contains("el jueves 3 de diciembre a las 10:00") && t.contains(appointmentId));

        say(id, "{\"text\":\"Quiero anular mi cita\"}");
        JsonNode cancelled = say(id, "{\"text\":\"sí\"}");
        assertThat(texts(cancelled)).anyMatch(t -> t.contains("he anulado tu cita"));
        JsonNode after = api.get("/api/v1/appointments/" + appointmentId).json();
        assertThat(after.get("status").asString()).isEqualTo("cancelled");
        assertThat(after.get("reminder").get("status").asString()).isEqualTo("cancelled");
    }

    private String bookedAppointment(String id) {
        JsonNode events = api.get("/api/v1/conversations/" + id).json().get("events");
        for (JsonNode event : events) {
            if (event.get("type").asString().equals("action")
                    && event.get("action").asString().equals("book_appointment")
                    && event.get("outcome").asString().equals("ok")) {
                return event.get("reference").asString();
            }
        }
        throw new AssertionError("no book_appointment action in " + events);
    }

    private JsonNode say(String id, String json) {
        Response turn = api.post("/api/v1/conversations/" + id + "/messages", json);
        assertThat(turn.status()).isEqualTo(200);
        return turn.json();
    }

    private static List<String> texts(JsonNode turn) {
        List<String> texts = new ArrayList<>();
        turn.get("replies").forEach(r -> texts.add(r.get("text").asString()));
        return texts;
    }

    private static JsonNode lastOptions(JsonNode turn) {
        JsonNode options = null;
        for (JsonNode reply : turn.get("replies")) {
            if (reply.has("options")) {
                options = reply.get("options");
            }
        }
        if (options == null) {
            throw new AssertionError("no options in " + turn);
        }
        return options;
    }

    private static String optionId(JsonNode turn, int index) {
        return lastOptions(turn).get(index).get("id").asString();
    }

    private static String optionTitle(JsonNode turn, int index) {
        return lastOptions(turn).get(index).get("title").asString();
    }
}
