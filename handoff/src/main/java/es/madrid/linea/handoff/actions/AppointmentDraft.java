package es.madrid.linea.handoff.actions;

import java.util.List;

/**
 * The appointment form as the console first shows it: the procedures the conversation consulted that need cita
 * previa, the offices that give the chosen one with the citizen's reference office suggested, and the citizen's name,
 * phone and reminder channel, all for the agent to change. Carries personal data: {@link #toString} prints none.
 *
 * @param procedureId the procedure chosen, or null when the conversation consulted none that can be booked
 * @param officeId the office suggested, or null when nothing tells which
 * @param officeReason why that office, in Spanish for the agent
 * @param reminder {@code web} (in this conversation), {@code sms} or {@code whatsapp}: the citizen's channel
 * @param problem a Spanish explanation when the offices could not be read, else null
 */
public record AppointmentDraft(
        List<ProcedureChoice> procedures,
        String procedureId,
        List<OfficeChoice> offices,
        String officeId,
        String officeReason,
        String citizenName,
        String phone,
        String reminder,
        String problem) {

    /** An office the agent can choose. */
    public record OfficeChoice(String id, String name, String address, String district) {}

    @Override
    public String toString() {
        return "AppointmentDraft[procedureId=" + procedureId + ", officeId=" + officeId + ", masked]";
    }
}
