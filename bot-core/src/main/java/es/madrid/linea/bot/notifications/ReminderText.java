package es.madrid.linea.bot.notifications;

import es.madrid.linea.bot.appointments.AppointmentTimes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The one place the reminder message is written, for every channel. It is written when the reminder goes out, so
 * "mañana" and "hoy" are true on the day it is read.
 */
public final class ReminderText {

    private ReminderText() {}

    /**
     * E.g. "Recordatorio de Línea Madrid: mañana, martes 1 de diciembre, a las 10:30, tienes cita para Alta en el
     * Padrón en Línea Madrid Arganzuela (Paseo de la Chopera, 10). Lleva: DNI o pasaporte; contrato de alquiler. Si
     * no puedes ir, anula o cambia la cita en el chat de madrid.es o en el 010."
     */
    public static String compose(ReminderDetails details, ZonedDateTime start, ZoneId zone, LocalDate today) {
        LocalDate day = start.withZoneSameInstant(zone).toLocalDate();
        String when;
        if (day.equals(today)) {
            when = "hoy, " + AppointmentTimes.day(start, zone);
        } else if (day.equals(today.plusDays(1))) {
            when = "mañana, " + AppointmentTimes.day(start, zone);
        } else {
            when = "el " + AppointmentTimes.day(start, zone);
        }
        StringBuilder text = new StringBuilder("Recordatorio de Línea Madrid: ")
                .append(when)
                .append(", a las ")
                .append(AppointmentTimes.time(start, zone))
                .append(", tienes cita");
        if (details.procedureTitle() != null && !details.procedureTitle().isBlank()) {
            text.append(" para ").append(details.procedureTitle().strip());
        }
        text.append(" en ")
                .append(details.officeName())
                .append(" (")
                .append(details.officeAddress())
                .append(").");
        if (!details.documents().isEmpty()) {
            List<String> documents = details.documents().stream()
                    .map(document -> document.strip().replaceAll("[.;]+$", ""))
                    .filter(document -> !document.isEmpty())
                    .toList();
            text.append(" Lleva: ").append(String.join("; ", documents)).append('.');
        }
        text.append(" Si no puedes ir, anula o cambia la cita en el chat de madrid.es o en el 010.");
        return text.toString();
    }
}
