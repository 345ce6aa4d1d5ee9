package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.dialogue.Policy;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.geo.CityMap;
import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.offices.OfficeDirectory;
import java.util.List;

/**
 * The appointment dialogue, built once and plugged into the dialogue's policies: the booking {@link #form()} for the
 * form engine, and the {@link #policies()} that answer "when is my appointment", cancel and move.
 */
public final class AppointmentDialogue {

    private final AppointmentForm form;
    private final Policy whenIsMyAppointment;
    private final Policy cancel;
    private final Policy move;

    /**
     * @param map finds the place of a written address (to choose the nearest office); null to go by district,
     *     postcode and shared location only
     */
    public AppointmentDialogue(
            KnowledgeBase knowledge,
            OfficeDirectory directory,
            RemindedAppointmentBook book,
            Notifications notifications,
            CityMap map) {
        this.form =
                new AppointmentForm(new BookableProcedures(knowledge), new OfficeChooser(directory, book, map), book);
        CitizenAppointments appointments = new CitizenAppointments(book, directory);
        this.whenIsMyAppointment = new WhenIsMyAppointment(appointments, notifications);
        this.cancel = new CancelAppointment(appointments, book);
        this.move = new MoveAppointment(appointments, book);
    }

    /** The booking form ({@code appointment}). */
    public Form form() {
        return form;
    }

    /** The forms of this dialogue, for the form engine. */
    public List<Form> forms() {
        return List.of(form);
    }

    /**
     * In this order: when is my appointment, cancel (with its yes/no), move (with its offered times). The booking
     * itself starts through the form engine ({@link Form#startsWith}: {@code menu:cita} or a clear request).
     */
    public List<Policy> policies() {
        return List.of(whenIsMyAppointment, cancel, move);
    }

    /** "¿Cuándo es mi cita?" ({@code appointment_status}). */
    public Policy whenIsMyAppointment() {
        return whenIsMyAppointment;
    }

    /** Cancelling, after a yes ({@code cancel_appointment}). */
    public Policy cancel() {
        return cancel;
    }

    /** Moving to another free time ({@code move_appointment}). */
    public Policy move() {
        return move;
    }
}
