package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.dialogue.Answer;
import es.madrid.linea.bot.dialogue.Policy;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cancelling an appointment, always after a yes: which one (the one booked here, one of several, or the one quoted),
 * "¿La anulo?", then the cancellation (its reminder is cancelled by the book). The pending question lives in the
 * options offered, so a typed "sí" or "no" answers it too.
 */
final class CancelAppointment implements Policy {

    static final String CANCELLED_ACTION = "cancel_appointment";
    static final String NONE = "No veo ninguna cita pendiente que anular en esta conversación. Si tienes la "
            + "referencia, escríbemela (por ejemplo, «anular la cita K7XQ2M9P»).";
    static final String KEPT = "De acuerdo, no la anulo: tu cita sigue en pie.";
    static final String NOT_CHANGEABLE = "Esa cita ya no se puede anular: o ya ha pasado o ya estaba anulada.";

    private final CitizenAppointments appointments;
    private final AppointmentBook book;

    CancelAppointment(CitizenAppointments appointments, AppointmentBook book) {
        this.appointments = appointments;
        this.book = book;
    }

    @Override
    public String name() {
        return "cancel_appointment";
    }

    @Override
    public Optional<Answer> answer(Turn turn) {
        ZoneId zone = turn.now().getZone();
        String payload = turn.payload();
        boolean asked = turn.slot(AppointmentSlots.CANCELLING).isPresent();
        if (payload == null && asked) {
            payload = Answers.typedChoice(turn, AppointmentSlots.CANCEL, AppointmentSlots.KEEP)
                    .orElse(null);
        }
        List<ConversationEvent> answered = asked ? List.of(new SlotSet(AppointmentSlots.CANCELLING, null)) : List.of();
        if (payload != null && payload.startsWith(AppointmentSlots.CANCEL)) {
            return Optional.of(
                    Answer.of(answered).then(cancel(payload.substring(AppointmentSlots.CANCEL.length()), turn)));
        }
        if (AppointmentSlots.KEEP.equals(payload)) {
            return Optional.of(Answer.of(answered).then(List.of(new BotUttered(Reply.text(KEPT)))));
        }
        if (payload != null && payload.startsWith(AppointmentSlots.WHICH_TO_CANCEL)) {
            return appointments
                    .find(payload.substring(AppointmentSlots.WHICH_TO_CANCEL.length()), turn)
                    .map(a -> confirm(a, zone));
        }
        if (!turn.clearly(Intents.CANCEL_APPOINTMENT)) {
            return Optional.empty();
        }
        CitizenAppointments.Found found = appointments.upcoming(turn);
        if (found.unknownReference().isPresent()) {
            return Optional.of(Answer.say("No encuentro ninguna cita con la referencia "
                    + found.unknownReference().get() + ". Revisa que esté bien escrita."));
        }
        List<Appointment> upcoming = found.appointments();
        if (upcoming.isEmpty()) {
            return Optional.of(Answer.say(found.answered() ? NONE : WhenIsMyAppointment.DOWN));
        }
        if (upcoming.size() == 1) {
            return Optional.of(confirm(upcoming.get(0), zone));
        }
        return Optional.of(Answer.of(new BotUttered(Reply.options(
                "Tienes varias citas. ¿Cuál quieres anular?",
                CitizenAppointments.choices(upcoming, zone, AppointmentSlots.WHICH_TO_CANCEL)))));
    }

    private Answer confirm(Appointment appointment, ZoneId zone) {
        return Answer.of(
                new SlotSet(AppointmentSlots.CANCELLING, appointment.id()),
                new BotUttered(Reply.options(
                        "¿Anulo tu cita " + appointments.describe(appointment, zone) + "?",
                        List.of(
                                new Option(AppointmentSlots.CANCEL + appointment.id(), "Sí, anularla"),
                                new Option(AppointmentSlots.KEEP, "No, mantenerla")))));
    }

    private List<ConversationEvent> cancel(String id, Turn turn) {
        return cancelled(id, turn).events();
    }

    private Answer cancelled(String id, Turn turn) {
        ZoneId zone = turn.now().getZone();
        Outcome<Appointment> outcome = book.cancel(id);
        if (outcome instanceof Outcome.Done<Appointment> done) {
            return Answer.of(
                    new ActionExecuted(CANCELLED_ACTION, ActionExecuted.OK, id, null),
                    new BotUttered(Reply.text("Hecho: he anulado tu cita "
                            + appointments.describe(done.value(), zone)
                            + ". El recordatorio queda anulado también. Si necesitas otra, dímelo.")));
        }
        if (outcome.isPending()) {
            return Answer.say("El sistema de citas va lento, pero tu anulación está guardada: te avisaré aquí en "
                    + "cuanto quede hecha.");
        }
        Failure failure = outcome.failureIfFailed().orElseThrow();
        if (failure == Failure.NOT_CHANGEABLE) {
            return Answer.say(NOT_CHANGEABLE);
        }
        if (failure == Failure.NOT_FOUND) {
            return Answer.say(
                    "No encuentro esa cita: quizá ya estaba anulada. Si tienes la referencia, " + "escríbemela.");
        }
        return Answer.of(
                new ActionExecuted(CANCELLED_ACTION, failure.name().toLowerCase(Locale.ROOT), id, null),
                new BotUttered(Reply.text("Lo siento, no he podido anular la cita: el sistema de citas no responde. "
                        + "Prueba en unos minutos o llama al 010.")));
    }
}
