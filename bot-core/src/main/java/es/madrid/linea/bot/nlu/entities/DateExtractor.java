package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as citizens say them, resolved against "now" in Madrid (spec section 5): "hoy", "mañana" (the day, not "por
 * la mañana"), "pasado mañana", weekdays ("el martes", "el próximo martes": the next such day strictly after today),
 * "el 3 de diciembre", "3/12", "03/12/2026", "3-12-2026" (without a year: this year unless already past) and "el día
 * 5" (this month unless already past). "La semana que viene" and "el mes que viene" are too vague to be a date.
 */
public final class DateExtractor implements EntityExtractor {

    static final String TYPE = "date";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("enero", 1),
            Map.entry("febrero", 2),
            Map.entry("marzo", 3),
            Map.entry("abril", 4),
            Map.entry("mayo", 5),
            Map.entry("junio", 6),
            Map.entry("julio", 7),
            Map.entry("agosto", 8),
            Map.entry("septiembre", 9),
            Map.entry("setiembre", 9),
            Map.entry("octubre", 10),
            Map.entry("noviembre", 11),
            Map.entry("diciembre", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "lunes", DayOfWeek.MONDAY,
            "martes", DayOfWeek.TUESDAY,
            "miercoles", DayOfWeek.WEDNESDAY,
            "jueves", DayOfWeek.THURSDAY,
            "viernes", DayOfWeek.FRIDAY,
            "sabado", DayOfWeek.SATURDAY,
            "domingo", DayOfWeek.SUNDAY);

    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(?:el\\s+)?(?:dia\\s+)?(\\d{1,2})\\s+de\\s+"
            + "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
            + "(?:\\s+(?:de|del)\\s+(\\d{4}))?\\b");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?![\\d/-]|\\.\\d)");
    private static final Pattern DAY_ONLY = Pattern.compile("\\b(?:el\\s+)?dia\\s+(\\d{1,2})\\b(?!\\s*(?:de\\s|/|-))");
    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(?:el\\s+(?:proximo\\s+)?)?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(pasado\\s+manana|manana|hoy)\\b");
    /** "por la mañana", "de la mañana", "esta mañana": a part of the day, not tomorrow. */
    private static final Pattern MORNING_BEFORE = Pattern.compile("(?:\\bla|\\besta|\\btoda)\\s+$");

    @Override
    public List<Entity> extract(MessageText message) {
        List<Entity> found = new ArrayList<>();
        String text = message.folded();
        LocalDate today = message.today();
        Matcher m = DAY_OF_MONTH.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = MONTHS.get(m.group(2));
            LocalDate date = m.group(3) == null
                    ? nextOccurrence(today, month, day)
                    : safeDate(Integer.parseInt(m.group(3)), month, day);
            if (date != null) {
                found.add(message.entity(TYPE, date.toString(), m, 0));
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            LocalDate date;
            if (m.group(4) == null) {
                date = month >= 1 && month <= 12 ? nextOccurrence(today, month, day) : null;
            } else {
                int year = Integer.parseInt(m.group(4));
                date = safeDate(year < 100 ? 2000 + year : year, month, day);
            }
            if (date != null) {
                found.add(message.entity(TYPE, date.toString(), m, 0));
            }
        }
        m = DAY_ONLY.matcher(text);
        while (m.find()) {
            LocalDate date = dayOfThisOrNextMonth(today, Integer.parseInt(m.group(1)));
            if (date != null) {
                found.add(message.entity(TYPE, date.toString(), m, 0));
            }
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek weekday = WEEKDAYS.get(m.group(1));
            int ahead = (weekday.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
            LocalDate date = today.plusDays(ahead == 0 ? 7 : ahead);
            found.add(message.entity(TYPE, date.toString(), m, 0));
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            if (word.equals("hoy")) {
                found.add(message.entity(TYPE, today.toString(), m, 0));
            } else if (word.startsWith("pasado")) {
                found.add(message.entity(TYPE, today.plusDays(2).toString(), m, 0));
            } else if (!MORNING_BEFORE
                    .matcher(text.substring(Math.max(0, m.start() - 8), m.start()))
                    .find()) {
                found.add(message.entity(TYPE, today.plusDays(1).toString(), m, 0));
            }
        }
        return found;
    }

    /** The date of this year, or of next year when it has already passed. */
    private static LocalDate nextOccurrence(LocalDate today, int month, int day) {
        LocalDate date = safeDate(today.getYear(), month, day);
        if (date == null) {
            // 29 February of a common year: the next year that has it is too far to be what they meant.
            return null;
        }
        return date.isBefore(today) ? safeDate(today.getYear() + 1, month, day) : date;
    }

    /** Day N of this month, or of the next month when it has already passed. */
    private static LocalDate dayOfThisOrNextMonth(LocalDate today, int day) {
        LocalDate date = safeDate(today.getYear(), today.getMonthValue(), day);
        if (date != null && !date.isBefore(today)) {
            return date;
        }
        LocalDate next = today.withDayOfMonth(1).plusMonths(1);
        return safeDate(next.getYear(), next.getMonthValue(), day);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
