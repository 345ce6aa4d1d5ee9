package es.madrid.linea.bot.testing;

import es.madrid.linea.bot.appointments.CalendarService;
import es.madrid.linea.bot.appointments.ClosedDays;
import es.madrid.linea.bot.appointments.OfficeCalendar;
import es.madrid.linea.bot.appointments.OfficeSchedule;
import es.madrid.linea.bot.appointments.PublicHolidays;
import es.madrid.linea.bot.appointments.WeeklyOpening;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A small calendar of two district offices with Línea Madrid's real hours, for tests of anything that books: the
 * Padrón service (10-minute slots, two desks) at both, Tributos (15 minutes, one desk) at Arganzuela only.
 */
public final class CalendarFixture {

    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    public static final String ARGANZUELA = "oac-arganzuela";
    public static final String RETIRO = "oac-retiro";

    public static final String PADRON = "padron-gestiones";
    public static final String PADRON_NAME = "Padrón: altas, bajas y cambios de domicilio";
    public static final int PADRON_DESKS = 2;

    public static final String TRIBUTOS = "tributos";

    /** Monday 30 November 2026, 08:00 in Madrid: offices open at 08:30. */
    public static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T07:00:00Z");

    private CalendarFixture() {}

    /** The regular hours of a district office (OAC), as offices.yml gives them. */
    public static OfficeSchedule districtOffice(String officeId) {
        return new OfficeSchedule(
                officeId,
                List.of(
                        WeeklyOpening.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, "08:30", "17:00"),
                        WeeklyOpening.of(DayOfWeek.FRIDAY, DayOfWeek.FRIDAY, "08:30", "14:00")),
                List.of(WeeklyOpening.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "08:30", "14:00")),
                ClosedDays.fromNotes(List.of("sábados", "domingos y festivos", "24 y 31 de diciembre")));
    }

    public static List<CalendarService> services() {
        return List.of(
                new CalendarService(
                        PADRON, PADRON_NAME, Duration.ofMinutes(10), PADRON_DESKS, List.of(ARGANZUELA, RETIRO)),
                new CalendarService(TRIBUTOS, "Tributos", Duration.ofMinutes(15), 1, List.of(ARGANZUELA)));
    }

    /** Both offices, both services, Madrid's holidays, bookable up to an hour before. */
    public static OfficeCalendar calendar() {
        return new OfficeCalendar(
                List.of(districtOffice(ARGANZUELA), districtOffice(RETIRO)),
                services(),
                PublicHolidays.madrid(List.of()),
                MADRID,
                Duration.ofHours(1));
    }
}
