package es.madrid.linea.bot.appointments;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;

/**
 * When an office attends: its regular weekly opening, the opening that replaces it in July and August (empty: the
 * regular one all year), and the days it is closed. Built from the office data ({@code opening}, {@code
 * summer_opening}, {@code closed} in offices.yml).
 */
public record OfficeSchedule(
        String officeId, List<WeeklyOpening> regular, List<WeeklyOpening> summer, ClosedDays closed) {

    public OfficeSchedule {
        Objects.requireNonNull(officeId, "officeId");
        regular = List.copyOf(regular);
        summer = List.copyOf(summer);
        closed = closed == null ? ClosedDays.none() : closed;
    }

    /** The opening spans of one date, in order; empty when the office is closed that day. */
    public List<WeeklyOpening> openingOn(LocalDate date, PublicHolidays holidays) {
        if (closed.isClosed(date, holidays)) {
            return List.of();
        }
        boolean summertime = date.getMonth() == Month.JULY || date.getMonth() == Month.AUGUST;
        List<WeeklyOpening> week = summertime && !summer.isEmpty() ? summer : regular;
        return week.stream()
                .filter(span -> span.includes(date.getDayOfWeek()))
                .sorted((a, b) -> a.from().compareTo(b.from()))
                .toList();
    }

    /** True when the office has any hours at all (some offices' hours are not known). */
    public boolean hasHours() {
        return !regular.isEmpty();
    }
}
