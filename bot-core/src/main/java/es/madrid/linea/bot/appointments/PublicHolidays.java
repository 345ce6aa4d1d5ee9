package es.madrid.linea.bot.appointments;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Set;

/**
 * The days offices are closed as "festivos" in the city of Madrid: the national and regional holidays that fall on a
 * fixed date, the two local ones (San Isidro, La Almudena), Holy Thursday and Good Friday (from the date of Easter),
 * and any other dates the configuration adds — e.g. a holiday moved to Monday because it fell on a Sunday, which the
 * region decides year by year.
 */
public final class PublicHolidays {

    private static final Set<MonthDay> MADRID_FIXED = Set.of(
            MonthDay.of(Month.JANUARY, 1), // Año Nuevo
            MonthDay.of(Month.JANUARY, 6), // Epifanía
            MonthDay.of(Month.MAY, 1), // Fiesta del Trabajo
            MonthDay.of(Month.MAY, 2), // Fiesta de la Comunidad de Madrid
            MonthDay.of(Month.MAY, 15), // San Isidro (local)
            MonthDay.of(Month.AUGUST, 15), // Asunción
            MonthDay.of(Month.OCTOBER, 12), // Fiesta Nacional
            MonthDay.of(Month.NOVEMBER, 1), // Todos los Santos
            MonthDay.of(Month.NOVEMBER, 9), // Almudena (local)
            MonthDay.of(Month.DECEMBER, 6), // Constitución
            MonthDay.of(Month.DECEMBER, 8), // Inmaculada
            MonthDay.of(Month.DECEMBER, 25)); // Navidad

    private final Set<MonthDay> fixed;
    private final boolean holyWeek;
    private final Set<LocalDate> extra;

    private PublicHolidays(Set<MonthDay> fixed, boolean holyWeek, Collection<LocalDate> extra) {
        this.fixed = fixed;
        this.holyWeek = holyWeek;
        this.extra = Set.copyOf(extra);
    }

    /** Madrid's holidays plus the configured extra dates. */
    public static PublicHolidays madrid(Collection<LocalDate> extra) {
        return new PublicHolidays(MADRID_FIXED, true, extra);
    }

    /** No holidays at all (for tests that want a plain week). */
    public static PublicHolidays none() {
        return new PublicHolidays(Set.of(), false, Set.of());
    }

    public boolean isHoliday(LocalDate date) {
        if (fixed.contains(MonthDay.from(date)) || extra.contains(date)) {
            return true;
        }
        if (holyWeek) {
            LocalDate easter = easterSunday(date.getYear());
            return date.equals(easter.minusDays(3)) || date.equals(easter.minusDays(2));
        }
        return false;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
