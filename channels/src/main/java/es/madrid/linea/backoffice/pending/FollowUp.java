package es.madrid.linea.backoffice.pending;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.appointments.Appointment;

/**
 * Tells a conversation what became of a request it left pending (the ticket it got). The default records an {@code
 * action} event and a message in the conversation ({@link ConversationFollowUp}); a dialogue that wants its own voice
 * declares its own bean. A request made outside any conversation (conversation id null) is followed up by no one but
 * the ledger.
 */
public interface FollowUp {

    /** Action names of the {@code action} events, as the conversation log records them. */
    String FILE_ALERT = "file_alert";

    String BOOK_APPOINTMENT = "book_appointment";
    String MOVE_APPOINTMENT = "move_appointment";
    String CANCEL_APPOINTMENT = "cancel_appointment";

    void alertFiled(String conversationId, String ticket, Alert alert);

    void appointmentBooked(String conversationId, String ticket, Appointment appointment);

    /** A move kept for later was made: the appointment is now {@code appointment} (its id may be new). */
    void appointmentMoved(String conversationId, String ticket, String previousId, Appointment appointment);

    void appointmentCancelled(String conversationId, String ticket, Appointment appointment);

    /**
     * The request could not be done, or only a person can finish it; people have it in their review list.
     *
     * @param action one of the action names above
     */
    void notDone(String conversationId, String ticket, String action, String why);
}
