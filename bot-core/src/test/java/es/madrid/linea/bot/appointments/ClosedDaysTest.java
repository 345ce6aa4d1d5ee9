package es.madrid.linea.bot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosedDaysTest {

    @Test
    void theNotesOfOfficesYmlAreUnderstood() {
        ClosedDays closed =
                ClosedDays.fromNotes(List.of("agosto", "sábados", "domingos y festivos", "24 y 31 de diciembre"));

        assertThat(closed.publicHolidays()).isTrue();
        assertThat(closed.months()).containsExactly(Month.AUGUST);
        assertThat(closed.dates()).containsExactlyInAnyOrder(MonthDay.of(12, 24), MonthDay.of(12, 31));
        assertThat(closed.weekdays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(closed.unrecognised()).isEmpty();
    }

    @Test
    void notesWithoutAccentsOrInCapitalsAreUnderstoodToo() {
        ClosedDays closed = ClosedDays.fromNotes(List.of("Sabados", "6, 7 y 8 de Diciembre"));

        assertThat(closed.weekdays()).containsExactly(DayOfWeek.SATURDAY);
        assertThat(closed.dates()).hasSize(3);
    }

    @Test
    void aNoteItCannotReadIsReportedNotGuessed() {
        ClosedDays closed = ClosedDays.fromNotes(List.of("cuando llueve"));

        assertThat(closed.unrecognised()).containsExactly("cuando llueve");
        assertThat(closed.isClosed(LocalDate.of(2026, 12, 1), PublicHolidays.none()))
                .isFalse();
    }

    @Test
    void aClosedDayIsClosedAndOthersAreNot() {
        ClosedDays closed = ClosedDays.fromNotes(List.of("domingos y festivos", "24 y 31 de diciembre"));
        PublicHolidays madrid = PublicHolidays.madrid(List.of());

        assertThat(closed.isClosed(LocalDate.of(2026, 12, 24), madrid)).isTrue();
        assertThat(closed.isClosed(LocalDate.of(2026, 12, 25), madrid)).isTrue();
        assertThat(closed.isClosed(LocalDate.of(2026, 12, 27), madrid)).isTrue();
        assertThat(closed.isClosed(LocalDate.of(2026, 12, 28), madrid)).isFalse();
    }
}
