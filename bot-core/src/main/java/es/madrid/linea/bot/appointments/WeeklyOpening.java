package es.madrid.linea.bot.appointments;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** One weekly opening span of an office, e.g. Monday to Thursday from 08:30 to 17:00. */
public record WeeklyOpening(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    public WeeklyOpening {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("an opening span needs days");
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("an office closes after it opens");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    public static WeeklyOpening of(DayOfWeek first, DayOfWeek last, String from, String to) {
        return new WeeklyOpening(EnumSet.range(first, last), LocalTime.parse(from), LocalTime.parse(to));
    }

    public boolean includes(DayOfWeek day) {
        return days.contains(day);
    }
}
