package es.madrid.linea.bot.offices;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One regular opening span of an office, e.g. Monday to Thursday from 08:30 to 17:00.
 *
 * @param days the days, as the content names them: {@code mon-thu}, {@code fri} or {@code mon-fri}
 */
public record OpeningHours(Days days, LocalTime from, LocalTime to) {

    public OpeningHours {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("an office closes after it opens");
        }
    }

    /** True when the office is open at that day and time (closing time excluded). */
    public boolean covers(DayOfWeek day, LocalTime time) {
        return days.includes(day) && !time.isBefore(from) && time.isBefore(to);
    }

    /** The groups of weekdays the content uses. */
    public enum Days {
        MON_THU("mon-thu", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)),
        FRI("fri", EnumSet.of(DayOfWeek.FRIDAY)),
        MON_FRI("mon-fri", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

        private final String contentName;
        private final Set<DayOfWeek> days;

        Days(String contentName, Set<DayOfWeek> days) {
            this.contentName = contentName;
            this.days = days;
        }

        public String contentName() {
            return contentName;
        }

        public boolean includes(DayOfWeek day) {
            return days.contains(day);
        }

        public static Optional<Days> fromContent(String name) {
            return Arrays.stream(values())
                    .filter(d -> d.contentName.equals(name))
                    .findFirst();
        }
    }
}
