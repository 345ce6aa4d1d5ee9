package es.madrid.linea.bot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void easterFallsOnItsKnownDates() {
        assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void madridHasItsFixedHolidaysHolyWeekAndTheConfiguredExtras() {
        PublicHolidays madrid = PublicHolidays.madrid(List.of(LocalDate.of(2026, 12, 7)));

        assertThat(madrid.isHoliday(LocalDate.of(2026, 5, 15))).as("San Isidro").isTrue();
        assertThat(madrid.isHoliday(LocalDate.of(2026, 11, 9)))
                .as("La Almudena")
                .isTrue();
        assertThat(madrid.isHoliday(LocalDate.of(2026, 12, 8))).isTrue();
        assertThat(madrid.isHoliday(LocalDate.of(2026, 4, 2)))
                .as("Holy Thursday")
                .isTrue();
        assertThat(madrid.isHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday").isTrue();
        assertThat(madrid.isHoliday(LocalDate.of(2026, 12, 7))).as("configured").isTrue();
        assertThat(madrid.isHoliday(LocalDate.of(2026, 12, 9))).isFalse();
        assertThat(PublicHolidays.none().isHoliday(LocalDate.of(2026, 12, 25))).isFalse();
    }
}
