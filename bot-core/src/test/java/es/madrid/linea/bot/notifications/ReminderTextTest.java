package es.madrid.linea.bot.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.testing.CalendarFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderTextTest {

    private static final ZonedDateTime WEDNESDAY_9 =
            LocalDateTime.parse("2026-12-02T09:00").atZone(CalendarFixture.MADRID);

    @Test
    void theDayIsTodayTomorrowOrItsName() {
        ReminderDetails details =
                new ReminderDetails("Línea Madrid Retiro", "Plaza Daoíz y Velarde, 1", null, List.of());

        assertThat(ReminderText.compose(details, WEDNESDAY_9, CalendarFixture.MADRID, LocalDate.of(2026, 12, 2)))
                .startsWith("Recordatorio de Línea Madrid: hoy, miércoles 2 de diciembre, a las 9:00, tienes cita en"
                        + " Línea Madrid Retiro (Plaza Daoíz y Velarde, 1).");
        assertThat(ReminderText.compose(details, WEDNESDAY_9, CalendarFixture.MADRID, LocalDate.of(2026, 12, 1)))
                .contains("mañana, miércoles 2 de diciembre");
        assertThat(ReminderText.compose(details, WEDNESDAY_9, CalendarFixture.MADRID, LocalDate.of(2026, 11, 30)))
                .contains(": el miércoles 2 de diciembre, a las 9:00");
    }

    @Test
    void documentsAreListedOnceWithoutDoublePunctuation() {
        ReminderDetails details = new ReminderDetails(
                "Línea Madrid Retiro", "Plaza Daoíz y Velarde, 1", "Tarjeta Azul", List.of("DNI.", " Foto ", ""));

        assertThat(ReminderText.compose(details, WEDNESDAY_9, CalendarFixture.MADRID, LocalDate.of(2026, 12, 1)))
                .contains(" para Tarjeta Azul en Línea Madrid Retiro")
                .contains("Lleva: DNI; Foto. Si no puedes ir");
    }
}
