package es.madrid.linea.backoffice.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.appointments.OfficeSchedule;
import es.madrid.linea.bot.appointments.PublicHolidays;
import es.madrid.linea.bot.appointments.WeeklyOpening;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offices' hours as kb-content/offices/offices.yml gives them. */
class OfficeScheduleFileTest {

    private final OfficeSchedules offices =
            OfficeScheduleFile.read(getClass().getResourceAsStream("/kb-content/offices/offices.yml"));

    @Test
    void everyOfficeIsReadAndLineaMadridsOwnOfficesAreKnown() {
        assertThat(offices.schedules()).hasSize(32);
        assertThat(offices.lineaMadrid()).hasSize(26).contains("oac-arganzuela", "oac-auxiliar-aravaca");
        assertThat(offices.lineaMadrid()).doesNotContain("oaic-alcala-45", "oficina-autorizaciones-ser");
    }

    @Test
    void aDistrictOfficeHasItsWeeklySummerAndClosedDays() {
        OfficeSchedule arganzuela = schedule("oac-arganzuela");
        PublicHolidays madrid = PublicHolidays.madrid(List.of());

        assertThat(arganzuela.openingOn(LocalDate.of(2026, 11, 30), madrid))
                .extracting(WeeklyOpening::to)
                .containsExactly(LocalTime.of(17, 0));
        assertThat(arganzuela.openingOn(LocalDate.of(2026, 12, 4), madrid))
                .extracting(WeeklyOpening::to)
                .containsExactly(LocalTime.of(14, 0));
        assertThat(arganzuela.openingOn(LocalDate.of(2027, 7, 5), madrid))
                .extracting(WeeklyOpening::to)
                .containsExactly(LocalTime.of(14, 0));
        assertThat(arganzuela.openingOn(LocalDate.of(2026, 12, 24), madrid)).isEmpty();
        assertThat(arganzuela.regular().get(0).days())
                .containsExactlyInAnyOrder(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    }

    @Test
    void chamberiOpensOnChristmasEveAndAuxiliaryOfficesCloseInAugust() {
        PublicHolidays madrid = PublicHolidays.madrid(List.of());

        assertThat(schedule("oac-chamberi").openingOn(LocalDate.of(2026, 12, 24), madrid))
                .isNotEmpty();
        assertThat(schedule("oac-auxiliar-aravaca").openingOn(LocalDate.of(2027, 8, 2), madrid))
                .isEmpty();
        assertThat(schedule("oac-auxiliar-aravaca").openingOn(LocalDate.of(2027, 7, 30), madrid))
                .isNotEmpty();
    }

    @Test
    void anOfficeWithoutKnownHoursHasNone() {
        assertThat(schedule("oficina-autorizaciones-ser").hasHours()).isFalse();
    }

    @Test
    void malformedHoursNameTheOfficeAndTheField() {
        String yaml =
                "offices:\n  - id: oac-x\n    opening:\n      - {days: lun-vie, from: \"08:30\", to: \"14:00\"}\n";

        assertThatThrownBy(
                        () -> OfficeScheduleFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("oac-x")
                .hasMessageContaining("opening");
    }

    private OfficeSchedule schedule(String id) {
        return offices.schedules().stream()
                .filter(schedule -> schedule.officeId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
