package es.madrid.linea.backoffice.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.appointments.OfficeSchedule;
import es.madrid.linea.bot.appointments.PublicHolidays;
import es.madrid.linea.bot.appointments.WeeklyOpening;
import es.madrid.linea.bot.offices.InMemoryOfficeDirectory;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.bot.offices.OfficeType;
import es.madrid.linea.bot.offices.OpeningHours;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.OfficeFiles;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offices' hours as the knowledge base's office directory gives them (from kb-content/offices/offices.yml). */
class DirectorySchedulesTest {

    /** The directory as the application builds it, read once. */
    static final OfficeDirectory CONTENT =
            OfficeFiles.read(new ContentFolder("classpath:kb-content/")).directory();

    private final OfficeSchedules offices = DirectorySchedules.of(CONTENT);

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
    void closedNotesTheCalendarDoesNotUnderstandAreIgnoredAndOtherOfficesGiveNoAppointments() {
        OfficeDirectory one = new InMemoryOfficeDirectory(
                List.of(
                        office("oac-x", OfficeType.OAC, List.of("sábados", "cuando llueve")),
                        office("oaic-y", OfficeType.OAIC, List.of())),
                List.of());

        OfficeSchedules read = DirectorySchedules.of(one);

        assertThat(read.schedules()).extracting(OfficeSchedule::officeId).containsExactly("oac-x", "oaic-y");
        assertThat(read.lineaMadrid()).containsExactly("oac-x");
        assertThat(read.schedules().get(0).openingOn(LocalDate.of(2026, 12, 5), PublicHolidays.madrid(List.of())))
                .isEmpty();
        assertThat(read.schedules().get(0).openingOn(LocalDate.of(2026, 12, 4), PublicHolidays.madrid(List.of())))
                .extracting(WeeklyOpening::from)
                .containsExactly(LocalTime.of(8, 30));
    }

    private static Office office(String id, OfficeType type, List<String> closed) {
        return new Office(
                id,
                id,
                id,
                type,
                null,
                null,
                null,
                "Calle X, 1",
                "28001",
                null,
                null,
                "",
                List.of(new OpeningHours(OpeningHours.Days.MON_FRI, LocalTime.of(8, 30), LocalTime.of(14, 0))),
                List.of(),
                closed,
                List.of(),
                List.of(),
                List.of(),
                true,
                null);
    }

    private OfficeSchedule schedule(String id) {
        return offices.schedules().stream()
                .filter(schedule -> schedule.officeId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
