package es.madrid.linea.handoff.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final OpeningHours hours = OpeningHours.parse(
            List.of("MON-FRI 08:30-20:00", "SAT 09:00-14:00"), List.of(LocalDate.parse("2026-12-08")), MADRID);

    @Test
    void openingAndClosingAreReadInMadridTime() {
        // Monday 30 November 2026: Madrid is UTC+1.
        assertThat(hours.isOpen(Instant.parse("2026-11-30T07:29:59Z"))).isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-11-30T07:30:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-30T18:59:59Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-30T19:00:00Z"))).isFalse();
    }

    @Test
    void saturdayHasItsOwnHoursAndSundayIsClosed() {
        assertThat(hours.isOpen(Instant.parse("2026-12-05T12:00:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-12-05T13:00:00Z"))).isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-12-06T10:00:00Z"))).isFalse();
    }

    @Test
    void aHolidayIsClosedAllDay() {
        assertThat(hours.isOpen(Instant.parse("2026-12-08T10:00:00Z"))).isFalse();
    }

    @Test
    void summerTimeIsTakenIntoAccount() {
        // Wednesday 1 July 2026: Madrid is UTC+2, so 20:00 is 18:00 UTC.
        assertThat(hours.isOpen(Instant.parse("2026-07-01T17:59:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-07-01T18:00:00Z"))).isFalse();
    }

    @Test
    void theScheduleIsToldToCitizensInSpanish() {
        assertThat(hours.describe()).isEqualTo("de lunes a viernes, de 8:30 a 20:00; los sábados, de 9:00 a 14:00");
        assertThat(OpeningHours.parse(List.of("24x7"), List.of(), MADRID).describe())
                .isEqualTo("todos los días, a cualquier hora");
        assertThat(OpeningHours.parse(List.of("MON,WED 16:00-19:00"), List.of(), MADRID)
                        .describe())
                .isEqualTo("los lunes y miércoles, de 16:00 a 19:00");
    }

    @Test
    void roundTheClockIsAlwaysOpenAndUntilMidnightCoversTheLastMinute() {
        assertThat(OpeningHours.parse(List.of("24x7"), List.of(), MADRID).isOpen(Instant.parse("2026-12-06T03:00:00Z")))
                .isTrue();
        assertThat(OpeningHours.parse(List.of("SUN 20:00-24:00"), List.of(), MADRID)
                        .isOpen(Instant.parse("2026-12-06T22:59:59Z")))
                .isTrue();
    }

    @Test
    void anUnreadableLineIsRefusedNamingIt() {
        assertThatThrownBy(() -> OpeningHours.parse(List.of("lunes 9-14"), List.of(), MADRID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lunes 9-14");
        assertThatThrownBy(() -> OpeningHours.parse(List.of("MON 14:00-09:00"), List.of(), MADRID))
                .hasMessageContaining("closes before it opens");
    }
}
