package es.madrid.linea.bot.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.testing.CalendarFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

    private final ReminderPlan plan = ReminderPlan.standard(CalendarFixture.MADRID);

    @Test
    void theDayBeforeFollowsTheClockChange() {
        // Summer time ends on Sunday 25 October 2026: the reminder is still at 10:00 on the wall clock.
        Instant when = plan.when(
                        madrid("2026-10-26T09:00"), madrid("2026-10-20T09:00").toInstant())
                .orElseThrow();

        assertThat(when).isEqualTo(madrid("2026-10-25T10:00").toInstant());
    }

    @Test
    void bookedBeforeTheEarliestHourItWaitsForIt() {
        Instant when = plan.when(
                        madrid("2026-11-30T17:00"), madrid("2026-11-30T07:15").toInstant())
                .orElseThrow();

        assertThat(when).isEqualTo(madrid("2026-11-30T09:00").toInstant());
    }

    @Test
    void aPlanMustSendWithinItsHours() {
        assertThatThrownBy(() -> new ReminderPlan(
                        LocalTime.of(22, 0),
                        LocalTime.of(9, 0),
                        LocalTime.of(21, 0),
                        Duration.ofHours(2),
                        CalendarFixture.MADRID))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ZonedDateTime madrid(String local) {
        return LocalDateTime.parse(local).atZone(CalendarFixture.MADRID);
    }
}
