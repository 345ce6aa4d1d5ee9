package es.madrid.linea.bot.appointments;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Appointment times as Spanish speakers say them: "martes 1 de diciembre", "9:30". */
public final class AppointmentTimes {

    private static final Locale SPANISH = Locale.forLanguageTag("es-ES");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM", SPANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", SPANISH);

    private AppointmentTimes() {}

    /** The day in the zone, e.g. "martes 1 de diciembre". */
    public static String day(ZonedDateTime time, ZoneId zone) {
        return DAY.format(time.withZoneSameInstant(zone));
    }

    /** The time of day in the zone, e.g. "9:30". */
    public static String time(ZonedDateTime time, ZoneId zone) {
        return TIME.format(time.withZoneSameInstant(zone));
    }

    /** E.g. "el martes 1 de diciembre a las 9:30". */
    public static String dayAndTime(ZonedDateTime time, ZoneId zone) {
        return "el " + day(time, zone) + " a las " + time(time, zone);
    }
}
