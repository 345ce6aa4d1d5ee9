package es.madrid.linea.backoffice.pending;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.appointments.Appointment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A follow-up that keeps what it was told, for tests: one line per call. */
public final class RecordingFollowUp implements FollowUp {

    private final List<String> told = new CopyOnWriteArrayList<>();

    public List<String> told() {
        return List.copyOf(told);
    }

    @Override
    public void alertFiled(String conversationId, String ticket, Alert alert) {
        told.add("filed " + alert.code() + " for " + conversationId);
    }

    @Override
    public void appointmentBooked(String conversationId, String ticket, Appointment appointment) {
        told.add("booked " + appointment.id() + " at " + appointment.start().toLocalTime() + " for " + conversationId);
    }

    @Override
    public void appointmentMoved(String conversationId, String ticket, String previousId, Appointment appointment) {
        told.add("moved " + previousId + " to " + appointment.id() + " for " + conversationId);
    }

    @Override
    public void appointmentCancelled(String conversationId, String ticket, Appointment appointment) {
        told.add("cancelled " + appointment.id() + " for " + conversationId);
    }

    @Override
    public void notDone(String conversationId, String ticket, String action, String why) {
        told.add("not done " + action + " for " + conversationId);
    }
}
