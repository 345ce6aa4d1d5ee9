package es.madrid.linea.bot.appointments;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an office is closed beyond its weekly hours: public holidays, whole months (auxiliary offices close in
 * August), single dates every year (24 and 31 December) and weekdays.
 *
 * @param unrecognised the content's notes that did not say any of these, so the loader can warn about them
 */
public record ClosedDays(
        boolean publicHolidays,
        Set<Month> months,
        Set<MonthDay> dates,
        Set<DayOfWeek> weekdays,
        List<String> unrecognised) {

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("enero", Month.JANUARY),
            Map.entry("febrero", Month.FEBRUARY),
            Map.entry("marzo", Month.MARCH),
            Map.entry("abril", Month.APRIL),
            Map.entry("mayo", Month.MAY),
            Map.entry("junio", Month.JUNE),
            Map.entry("julio", Month.JULY),
            Map.entry("agosto", Month.AUGUST),
            Map.entry("septiembre", Month.SEPTEMBER),
            Map.entry("setiembre", Month.SEPTEMBER),
            Map.entry("octubre", Month.OCTOBER),
            Map.entry("noviembre", Month.NOVEMBER),
            Map.entry("diciembre", Month.DECEMBER));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "lunes", DayOfWeek.MONDAY,
            "martes", DayOfWeek.TUESDAY,
            "miercoles", DayOfWeek.WEDNESDAY,
            "jueves", DayOfWeek.THURSDAY,
            "viernes", DayOfWeek.FRIDAY,
            "sabados", DayOfWeek.SATURDAY,
            "domingos", DayOfWeek.SUNDAY);

    /** "24 y 31 de diciembre", "6 de enero": day numbers, then the month. */
    private static final Pattern DATES = Pattern.compile("((?:\\d{1,2}(?:\\s*,\\s*|\\s+y\\s+)?)+)\\s+de\\s+(\\p{L}+)");

    public ClosedDays {
        months = months.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(months));
        dates = Set.copyOf(dates);
        weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        unrecognised = List.copyOf(unrecognised);
    }

    public static ClosedDays none() {
        return new ClosedDays(false, Set.of(), Set.of(), Set.of(), List.of());
    }

    /**
     * Reads the content's Spanish notes ({@code closed} in offices.yml): "sábados", "domingos y festivos", "24 y 31 de
     * diciembre", "agosto".
     */
    public static ClosedDays fromNotes(List<String> notes) {
        boolean holidays = false;
        Set<Month> months = new HashSet<>();
        Set<MonthDay> dates = new HashSet<>();
        Set<DayOfWeek> weekdays = new HashSet<>();
        List<String> unrecognised = new ArrayList<>();
        for (String note : notes) {
            String text = fold(note);
            boolean understood = false;
            if (text.contains("festivo")) {
                holidays = true;
                understood = true;
            }
            Matcher matcher = DATES.matcher(text);
            StringBuilder rest = new StringBuilder();
            while (matcher.find()) {
                Month month = MONTHS.get(matcher.group(2));
                if (month != null) {
                    for (String day : matcher.group(1).split("\\D+")) {
                        if (!day.isEmpty()) {
                            dates.add(MonthDay.of(month, Integer.parseInt(day)));
                        }
                    }
                    understood = true;
                    matcher.appendReplacement(rest, " ");
                }
            }
            matcher.appendTail(rest);
            for (String word : rest.toString().split("[^\\p{L}]+")) {
                if (MONTHS.containsKey(word)) {
                    months.add(MONTHS.get(word));
                    understood = true;
                } else if (WEEKDAYS.containsKey(word)) {
                    weekdays.add(WEEKDAYS.get(word));
                    understood = true;
                }
            }
            if (!understood) {
                unrecognised.add(note);
            }
        }
        return new ClosedDays(holidays, months, dates, weekdays, unrecognised);
    }

    public boolean isClosed(LocalDate date, PublicHolidays holidays) {
        return weekdays.contains(date.getDayOfWeek())
                || months.contains(date.getMonth())
                || dates.contains(MonthDay.from(date))
                || (publicHolidays && holidays.isHoliday(date));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
