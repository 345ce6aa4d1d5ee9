package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderDetails;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What the citizen reads when an agent acts for them (sent as the agent's message) and what the agent reads of the
 * result: the one place these texts are written.
 */
final class ActionTexts {

    private final ZoneId zone;

    ActionTexts(ZoneId zone) {
        this.zone = zone;
    }

    // ------------------------------------------------------------------ to the citizen

    String alertFiled(Alert alert) {
        return "He registrado tu aviso de «" + alert.serviceName() + "» con el número " + alert.code()
                + ". Puedes seguir cómo va en la app Madrid Móvil o llamando al 010 con ese número.";
    }

    String alertKept() {
        return "He guardado tu aviso, pero el sistema de avisos no responde ahora mismo. Se registrará en cuanto "
                + "vuelva a funcionar y te diremos aquí su número, para que puedas seguirlo en la app Madrid Móvil o "
                + "en el 010.";
    }

    /**
     * @param remindedBy how the reminder the day before reaches the citizen, or null when there is none (too close)
     */
    String appointmentBooked(Appointment appointment, ReminderDetails details, ReminderChannel remindedBy) {
        StringBuilder text = new StringBuilder("Te he reservado cita")
                .append(forWhat(details))
                .append(" en ")
                .append(details.officeName())
                .append(" (")
                .append(details.officeAddress())
                .append("), ")
                .append(AppointmentTimes.dayAndTime(appointment.start(), zone))
                .append(". Tu referencia es ")
                .append(appointment.id())
                .append('.');
        if (!details.documents().isEmpty()) {
            text.append("\nTienes que llevar:");
            details.documents().forEach(document -> text.append("\n- ").append(document));
        }
        if (remindedBy != null) {
            text.append('\n').append(reminder(remindedBy));
        }
        return text.toString();
    }

    String appointmentKept(ZonedDateTime start, ReminderDetails details) {
        return "He pedido tu cita" + forWhat(details) + " en " + details.officeName() + ", "
                + AppointmentTimes.dayAndTime(start, zone) + ", pero el sistema de citas no responde ahora mismo. "
                + "En cuanto quede confirmada te lo diremos aquí, con la referencia.";
    }

    private static String forWhat(ReminderDetails details) {
        return details.procedureTitle() == null ? "" : " para «" + details.procedureTitle() + "»";
    }

    private static String reminder(ReminderChannel channel) {
        if (channel == ReminderChannel.SMS) {
            return "El día antes te enviaremos un recordatorio por SMS.";
        }
        if (channel == ReminderChannel.WHATSAPP) {
            return "El día antes te enviaremos un recordatorio por WhatsApp.";
        }
        return "El día antes te lo recordaremos en esta conversación.";
    }

    // ------------------------------------------------------------------ to the agent

    String alertFiledForAgent(Alert alert) {
        return "Aviso registrado con el número " + alert.code() + ". El ciudadano ya tiene el número.";
    }

    String alertKeptForAgent() {
        return "El sistema de avisos no responde: el aviso queda guardado y se registrará solo. El ciudadano "
                + "recibirá el número en la conversación.";
    }

    String alertNotFiled(Failure failure, String detail) {
        String why = failure == Failure.REJECTED
                ? "El sistema de avisos no ha aceptado el aviso: revisa la categoría y la dirección."
                : "No se ha podido registrar el aviso ahora. Inténtalo de nuevo en un momento.";
        return withDetail(why, detail);
    }

    String appointmentBookedForAgent(Appointment appointment, ReminderDetails details) {
        return "Cita reservada con la referencia " + appointment.id() + ": "
                + AppointmentTimes.dayAndTime(appointment.start(), zone) + " en " + details.officeName()
                + ". El ciudadano ya tiene los detalles.";
    }

    String appointmentKeptForAgent() {
        return "El sistema de citas no responde: la cita queda pedida y se confirmará sola. El ciudadano recibirá "
                + "la referencia en la conversación.";
    }

    String appointmentNotBooked(Failure failure, String detail) {
        String why;
        if (failure == Failure.SLOT_TAKEN) {
            why = "Esa hora ya no está libre. Elige otra de las horas libres.";
        } else if (failure == Failure.REJECTED) {
            why = "El sistema de citas no acepta esa hora en esa oficina. Elige otra hora u otra oficina.";
        } else if (failure == Failure.NOT_FOUND) {
            why = "El sistema de citas no da cita para este trámite. Indica al ciudadano que llame al 010.";
        } else {
            why = "El sistema de citas no responde ahora. Inténtalo de nuevo en un momento.";
        }
        return withDetail(why, detail);
    }

    /** The back office's own words help the agent (and whoever they ask); they never reach the citizen. */
    private static String withDetail(String text, String detail) {
        return detail == null || detail.isBlank() ? text : text + " (Detalle: " + detail + ")";
    }
}
