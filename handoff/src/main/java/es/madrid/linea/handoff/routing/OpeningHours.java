package es.madrid.linea.handoff.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When people attend the chat, in the council's time zone. Written as agents' schedules are: {@code MON-FRI
 * 08:30-20:00}, {@code SAT 09:00-14:00}, {@code MON,WED 16:00-19:00}, or {@code 24x7}; several lines add up, and
 * holidays are closed all day.
 */
public final class OpeningHours {

    private static final Pattern SPAN = Pattern.compile(
            "(?i)\\s*([A-Z]{3}(?:\\s*[-,]\\s*[A-Z]{3})*)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");
    private static final List<String> DAY_CODES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final Map<DayOfWeek, String> PLURAL = Map.of(
            DayOfWeek.MONDAY, "lunes",
            DayOfWeek.TUESDAY, "martes",
            DayOfWeek.WEDNESDAY, "miércoles",
            DayOfWeek.THURSDAY, "jueves",
            DayOfWeek.FRIDAY, "viernes",
            DayOfWeek.SATURDAY, "sábados",
            DayOfWeek.SUNDAY, "domingos");
    private static final Map<DayOfWeek, String> SINGULAR = Map.of(
            DayOfWeek.MONDAY, "lunes",
            DayOfWeek.TUESDAY, "martes",
            DayOfWeek.WEDNESDAY, "miércoles",
            DayOfWeek.THURSDAY, "jueves",
            DayOfWeek.FRIDAY, "viernes",
            DayOfWeek.SATURDAY, "sábado",
            DayOfWeek.SUNDAY, "domingo");

    /** A stretch of opening on some days; {@code endOfDay} stands for 24:00. */
    private record Span(Set<DayOfWeek> days, LocalTime from, LocalTime to, boolean endOfDay) {

        boolean covers(ZonedDateTime at) {
            if (!days.contains(at.getDayOfWeek())) {
                return false;
            }
            LocalTime time = at.toLocalTime();
            return !time.isBefore(from) && (endOfDay || time.isBefore(to));
        }
    }

    private final List<Span> spans;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    private OpeningHours(List<Span> spans, Set<LocalDate> holidays, ZoneId zone) {
        this.spans = List.copyOf(spans);
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    /**
     * Reads the schedule lines.
     *
     * @throws IllegalArgumentException naming the line that cannot be read
     */
    public static OpeningHours parse(List<String> lines, List<LocalDate> holidays, ZoneId zone) {
        List<Span> spans = new ArrayList<>();
        for (String line : lines) {
            if (line.trim().equalsIgnoreCase("24x7")) {
                spans.add(new Span(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true));
                continue;
            }
            Matcher matcher = SPAN.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "opening hours line '" + line + "' must look like 'MON-FRI 08:30-20:00' or '24x7'");
            }
            LocalTime from = time(matcher.group(2), line);
            boolean endOfDay = matcher.group(3).equals("24:00");
            LocalTime to = endOfDay ? LocalTime.MIDNIGHT : time(matcher.group(3), line);
            if (!endOfDay && !to.isAfter(from)) {
                throw new IllegalArgumentException("opening hours line '" + line + "' closes before it opens");
            }
            spans.add(new Span(days(matcher.group(1), line), from, to, endOfDay));
        }
        return new OpeningHours(spans, Set.copyOf(holidays), zone);
    }

    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        return spans.stream().anyMatch(span -> span.covers(local));
    }

    /** The schedule in Spanish for citizens: "de lunes a viernes, de 8:30 a 20:00". */
    public String describe() {
        if (spans.isEmpty()) {
            return "sin horario de atención por chat";
        }
        return spans.stream().map(OpeningHours::describe).collect(Collectors.joining("; "));
    }

    private static String describe(Span span) {
        String hours = span.from().equals(LocalTime.MIDNIGHT) && span.endOfDay()
                ? "a cualquier hora"
                : "de " + clock(span.from()) + " a " + (span.endOfDay() ? "24:00" : clock(span.to()));
        return describeDays(span.days()) + ", " + hours;
    }

    private static String describeDays(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "todos los días";
        }
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        boolean consecutive =
                sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        if (sorted.size() > 2 && consecutive) {
            return "de " + SINGULAR.get(sorted.get(0)) + " a " + SINGULAR.get(sorted.get(sorted.size() - 1));
        }
        List<String> names = sorted.stream().map(PLURAL::get).toList();
        if (names.size() == 1) {
            return "los " + names.get(0);
        }
        return "los " + String.join(", ", names.subList(0, names.size() - 1)) + " y " + names.get(names.size() - 1);
    }

    private static String clock(LocalTime time) {
        return time.getHour() + ":" + String.format(Locale.ROOT, "%02d", time.getMinute());
    }

    private static Set<DayOfWeek> days(String text, String line) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.toUpperCase(Locale.ROOT).replace(" ", "").split(",")) {
            String[] range = part.split("-");
            int from = dayIndex(range[0], line);
            int to = range.length > 1 ? dayIndex(range[1], line) : from;
            for (int i = from; ; i = (i + 1) % 7) {
                days.add(DayOfWeek.of(i + 1));
                if (i == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static int dayIndex(String code, String line) {
        int index = DAY_CODES.indexOf(code);
        if (index < 0) {
            throw new IllegalArgumentException("unknown day '" + code + "' in opening hours line '" + line + "'");
        }
        return index;
    }

    private static LocalTime time(String text, String line) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable time '" + text + "' in opening hours line '" + line + "'");
        }
    }
}
