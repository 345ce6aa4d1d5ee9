package es.madrid.linea.backoffice.pending;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentTimes;
import java.time.ZoneId;

/** What the citizen reads when a request they left pending is settled: the one place these messages are written. */
final class FollowUpMessages {

    private final ZoneId zone;

    FollowUpMessages(ZoneId zone) {
        this.zone = zone;
    }

    String alertFiled(Alert alert) {
        return "¡Ya está! Hemos registrado tu aviso de «" + alert.serviceName() + "» con el número " + alert.code()
                + ". Puedes seguirlo en la app Madrid Móvil o llamando al 010.";
    }

    String appointmentBooked(Appointment appointment) {
        return "¡Ya tienes cita! Es " + AppointmentTimes.dayAndTime(appointment.start(), zone) + ". Tu referencia es "
                + appointment.id() + ".";
    }

    String appointmentMoved(Appointment appointment) {
        return "Hemos cambiado tu cita: ahora es " + AppointmentTimes.dayAndTime(appointment.start(), zone)
                + ". Tu referencia es " + appointment.id() + ".";
    }

    String appointmentCancelled(Appointment appointment) {
        return "Hemos anulado tu cita del " + AppointmentTimes.day(appointment.start(), zone) + " a las "
                + AppointmentTimes.time(appointment.start(), zone) + ".";
    }

    String notDone(String action) {
        if (FollowUp.FILE_ALERT.equals(action)) {
            return "Lo siento: no hemos podido registrar tu aviso en el sistema de avisos. Una persona de Línea Madrid"
                    + " lo revisará con los datos que nos diste. Si lo prefieres, llama al 010.";
        }
        if (FollowUp.CANCEL_APPOINTMENT.equals(action)) {
            return "Lo siento: no hemos podido anular tu cita en el sistema de citas. Una persona de Línea Madrid lo"
                    + " revisará. Si lo prefieres, llama al 010.";
        }
        return "Lo siento: no hemos podido confirmar la cita que pediste en el sistema de citas. Una persona de Línea"
                + " Madrid lo revisará; también puedes pedir otra cita aquí o en el 010.";
    }
}
