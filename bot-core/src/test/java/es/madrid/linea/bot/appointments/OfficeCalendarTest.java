package es.madrid.linea.bot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.testing.CalendarFixture;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficeCalendarTest {

    private final OfficeCalendar calendar = CalendarFixture.calendar();
    private final CalendarService padron =
            calendar.service(CalendarFixture.PADRON).orElseThrow();

    @Test
    void slotsFollowOneAnotherFromOpeningAndEndByClosingTime() {
        List<ZonedDateTime> monday = starts("2026-11-30T00:00", "2026-12-01T00:00");

        assertThat(monday.get(0)).isEqualTo(madrid("2026-11-30T08:30"));
        assertThat(monday.get(1)).isEqualTo(madrid("2026-11-30T08:40"));
        assertThat(monday.get(monday.size() - 1)).isEqualTo(madrid("2026-11-30T16:50"));
        assertThat(monday).hasSize(51);
    }

    @Test
    void fridaysCloseEarlyAndWeekendsAreClosed() {
        List<ZonedDateTime> friday = starts("2026-12-04T00:00", "2026-12-05T00:00");

        assertThat(friday.get(friday.size() - 1)).isEqualTo(madrid("2026-12-04T13:50"));
        assertThat(starts("2026-12-05T00:00", "2026-12-07T00:00")).isEmpty();
    }

    @Test
    void holidaysAndTheClosedDatesHaveNoSlots() {
        assertThat(starts("2026-12-08T00:00", "2026-12-09T00:00"))
                .as("Inmaculada")
                .isEmpty();
        assertThat(starts("2026-12-24T00:00", "2026-12-25T00:00"))
                .as("Christmas Eve")
                .isEmpty();
        assertThat(starts("2026-12-09T00:00", "2026-12-10T00:00")).isNotEmpty();
    }

    @Test
    void julyAndAugustHaveTheSummerHours() {
        List<ZonedDateTime> summerMonday = starts("2027-07-05T00:00", "2027-07-06T00:00");

        assertThat(summerMonday.get(summerMonday.size() - 1)).isEqualTo(madrid("2027-07-05T13:50"));
    }

    @Test
    void anOfficeClosedInAugustHasNoSlotsThen() {
        OfficeSchedule auxiliary = new OfficeSchedule(
                "oac-auxiliar-aravaca",
                List.of(WeeklyOpening.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "08:30", "14:00")),
                List.of(),
                ClosedDays.fromNotes(List.of("agosto", "sábados, domingos y festivos")));
        CalendarService service =
                new CalendarService("s", "Padrón", Duration.ofMinutes(15), 1, List.of("oac-auxiliar-aravaca"));
        OfficeCalendar small = new OfficeCalendar(
                List.of(auxiliary), List.of(service), PublicHolidays.none(), CalendarFixture.MADRID, Duration.ZERO);

        assertThat(small.slotStarts(
                        "oac-auxiliar-aravaca", service, madrid("2027-08-02T00:00"), madrid("2027-09-01T00:00")))
                .isEmpty();
        assertThat(small.slotStarts(
                        "oac-auxiliar-aravaca", service, madrid("2027-07-30T00:00"), madrid("2027-07-31T00:00")))
                .hasSize(22);
    }

    @Test
    void onlyTimesOnTheGridAfterTheMinimumNoticeCanBeBooked() {
        Instant now = CalendarFixture.MONDAY_MORNING; // 08:00

        assertThat(calendar.whyNotBookable(CalendarFixture.ARGANZUELA, padron, madrid("2026-11-30T09:00"), now))
                .isEmpty();
        assertThat(calendar.whyNotBookable(CalendarFixture.ARGANZUELA, padron, madrid("2026-11-30T08:50"), now))
                .isPresent();
        assertThat(calendar.whyNotBookable(CalendarFixture.ARGANZUELA, padron, madrid("2026-11-30T09:05"), now))
                .isPresent();
        assertThat(calendar.whyNotBookable("oac-usera", padron, madrid("2026-11-30T09:00"), now))
                .isPresent();
    }

    @Test
    void freeSlotsSkipFullOnesAndComeNearestToThePreferredTime() {
        Instant now = CalendarFixture.MONDAY_MORNING;
        ZonedDateTime preferred = madrid("2026-12-01T12:00");
        Map<Instant, Integer> booked = Map.of(preferred.toInstant(), CalendarFixture.PADRON_DESKS);

        List<Slot> slots = calendar.freeSlots(
                SlotQuery.near(
                        CalendarFixture.ARGANZUELA,
                        CalendarFixture.PADRON,
                        preferred,
                        now.atZone(CalendarFixture.MADRID)),
                padron,
                now,
                booked);

        assertThat(slots)
                .extracting(Slot::start)
                .containsExactly(madrid("2026-12-01T11:50"), madrid("2026-12-01T12:10"), madrid("2026-12-01T11:40"));
    }

    private List<ZonedDateTime> starts(String from, String to) {
        return calendar.slotStarts(CalendarFixture.ARGANZUELA, padron, madrid(from), madrid(to));
    }

    private static ZonedDateTime madrid(String local) {
        return LocalDateTime.parse(local).atZone(CalendarFixture.MADRID);
    }
}
