package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.reply.Option;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** How the appointment dialogue names things to the citizen: offices, times, documents. */
final class AppointmentTexts {

    /** Documents listed at most, in the answer and the reminder (the rest is in the procedure's page). */
    static final String CALL_010 = "Puedes pedir cita también en madrid.es/citaprevia o llamando al 010.";

    private AppointmentTexts() {}

    /** "Línea Madrid Arganzuela (Paseo de la Chopera, 10)". */
    static String where(Office office) {
        return office.name() + " (" + office.address() + ")";
    }

    /** "Lunes 30 de noviembre, 9:10", for an option. */
    static String label(ZonedDateTime start, ZoneId zone) {
        String day = AppointmentTimes.day(start, zone);
        return day.substring(0, 1).toUpperCase(Locale.ROOT) + day.substring(1) + ", "
                + AppointmentTimes.time(start, zone);
    }

    static List<Option> slotOptions(List<Slot> slots, ZoneId zone, String payloadPrefix) {
        return slots.stream()
                .map(slot -> new Option(payloadPrefix + slot.start().toOffsetDateTime(), label(slot.start(), zone)))
                .toList();
    }
}
