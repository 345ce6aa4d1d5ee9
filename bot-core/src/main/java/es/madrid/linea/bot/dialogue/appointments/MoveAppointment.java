package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.dialogue.Answer;
import es.madrid.linea.bot.dialogue.Policy;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.dialogue.forms.FormData;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Moving an appointment: which one, then free times of the same service at the same office (the first ones, or the
 * nearest to the day and time the citizen says), and the move when they pick one. The moved appointment's id (a new
 * one in some systems) is recorded with the {@code move_appointment} action, so the conversation's list of
 * appointments follows it. Its reminder moves with it (the book does that).
 */
final class MoveAppointment implements Policy {

    static final String MOVED_ACTION = "move_appointment";
    static final String NONE = "No veo ninguna cita pendiente que cambiar en esta conversación. Si tienes la "
            + "referencia, escríbemela (por ejemplo, «cambiar la cita K7XQ2M9P»).";

    private final CitizenAppointments appointments;
    private final AppointmentBook book;

    MoveAppointment(CitizenAppointments appointments, AppointmentBook book) {
        this.appointments = appointments;
        this.book = book;
    }

    @Override
    public String name() {
        return "move_appointment";
    }

    @Override
    public Optional<Answer> answer(Turn turn) {
        String payload = turn.payload();
        if (payload != null && payload.startsWith(AppointmentSlots.MOVE)) {
            String[] idAndStart =
                    payload.substring(AppointmentSlots.MOVE.length()).split("\\|", 2);
            Optional<ZonedDateTime> start = idAndStart.length == 2
                    ? AppointmentForm.parseStart(idAndStart[1], turn.now().getZone())
                    : Optional.empty();
            return start.map(s -> move(idAndStart[0], s, turn));
        }
        if (payload != null && payload.startsWith(AppointmentSlots.WHICH_TO_MOVE)) {
            return appointments
                    .find(payload.substring(AppointmentSlots.WHICH_TO_MOVE.length()), turn)
                    .map(a -> offer(a, turn, ""));
        }
        Optional<String> moving = turn.slot(AppointmentSlots.MOVING);
        if (moving.isPresent()
                && (turn.entity("date").isPresent() || turn.entity("time").isPresent())
                && !turn.clearly(Intents.CANCEL_APPOINTMENT)) {
            return appointments.find(moving.get(), turn).map(a -> offer(a, turn, ""));
        }
        if (!turn.clearly(Intents.RESCHEDULE_APPOINTMENT)) {
            return Optional.empty();
        }
        ZoneId zone = turn.now().getZone();
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
            return Optional.of(offer(upcoming.get(0), turn, ""));
        }
        return Optional.of(Answer.of(new BotUttered(Reply.options(
                "Tienes varias citas. ¿Cuál quieres cambiar?",
                CitizenAppointments.choices(upcoming, zone, AppointmentSlots.WHICH_TO_MOVE)))));
    }

    /** Free times for the appointment: near the day and time in this message, or the first ones. */
    private Answer offer(Appointment appointment, Turn turn, String intro) {
        ZonedDateTime now = turn.now();
        ZoneId zone = now.getZone();
        Map<String, String> said = new HashMap<>();
        turn.entity("date").ifPresent(day -> said.put(AppointmentSlots.DAY, day));
        turn.entity("time").ifPresent(hour -> said.put(AppointmentSlots.HOUR, hour));
        ZonedDateTime preferred = AppointmentForm.preferred(FormData.of(said), now);
        String why = intro;
        if (preferred != null && !preferred.isAfter(now)) {
            why += AppointmentForm.PAST;
            preferred = null;
        }
        SlotQuery query = preferred == null
                ? SlotQuery.firstAvailable(appointment.officeId(), appointment.serviceId(), now)
                        .withLimit(4)
                : SlotQuery.near(appointment.officeId(), appointment.serviceId(), preferred, now)
                        .withLimit(4);
        Outcome<List<Slot>> free = book.freeSlots(query);
        if (!free.isDone()) {
            return Answer.say(WhenIsMyAppointment.DOWN);
        }
        List<Slot> slots = free.valueIfDone().orElseThrow().stream()
                .filter(slot ->
                        !slot.start().toInstant().equals(appointment.start().toInstant()))
                .limit(3)
                .toList();
        if (slots.isEmpty() && preferred != null) {
            why += AppointmentForm.NOTHING_NEAR;
            slots = book.freeSlots(SlotQuery.firstAvailable(appointment.officeId(), appointment.serviceId(), now))
                    .valueIfDone()
                    .orElse(List.of());
        }
        List<ConversationEvent> events = new ArrayList<>();
        events.add(new SlotSet(AppointmentSlots.MOVING, appointment.id()));
        if (slots.isEmpty()) {
            events.add(new BotUttered(Reply.text(why + "No quedan horas libres en " + appointments.where(appointment)
                    + " en los próximos 30 días. Si quieres, anula esta cita y pide otra en otra oficina.")));
            return Answer.of(events);
        }
        String text = why + "Tu cita es " + appointments.describe(appointment, zone) + ". Estas horas están libres en "
                + "la misma oficina. " + AppointmentForm.PICK_TIME;
        events.add(new BotUttered(Reply.options(
                text,
                slots.stream()
                        .map(slot -> new Option(
                                AppointmentSlots.MOVE + appointment.id() + "|"
                                        + slot.start().toOffsetDateTime(),
                                AppointmentTexts.label(slot.start(), zone)))
                        .toList())));
        return Answer.of(events);
    }

    private Answer move(String id, ZonedDateTime start, Turn turn) {
        ZoneId zone = turn.now().getZone();
        List<ConversationEvent> done = new ArrayList<>();
        if (turn.slot(AppointmentSlots.MOVING).isPresent()) {
            done.add(new SlotSet(AppointmentSlots.MOVING, null));
        }
        Outcome<Appointment> outcome = book.move(id, start);
        if (outcome instanceof Outcome.Done<Appointment> moved) {
            Appointment now = moved.value();
            done.add(new ActionExecuted(MOVED_ACTION, ActionExecuted.OK, now.id(), "was " + id));
            done.add(new BotUttered(Reply.text("Hecho: tu cita es ahora "
                    + AppointmentTimes.dayAndTime(now.start(), zone) + " en " + appointments.where(now)
                    + ". Tu referencia es " + now.id() + ". El recordatorio se cambia también.")));
            return Answer.of(done);
        }
        if (outcome.isPending()) {
            done.add(new BotUttered(Reply.text("El sistema de citas va lento, pero el cambio está guardado: te "
                    + "avisaré aquí en cuanto quede hecho.")));
            return Answer.of(done);
        }
        Failure failure = outcome.failureIfFailed().orElseThrow();
        if (failure == Failure.SLOT_TAKEN || failure == Failure.REJECTED) {
            return appointments
                    .find(id, turn)
                    .map(a -> offer(a, turn, "Vaya, esa hora se acaba de ocupar. "))
                    .orElseGet(() -> Answer.say("No encuentro esa cita. Si tienes la referencia, escríbemela."));
        }
        if (failure == Failure.NOT_CHANGEABLE) {
            done.add(new BotUttered(Reply.text("Esa cita ya no se puede cambiar: o ya ha pasado o está anulada.")));
            return Answer.of(done);
        }
        if (failure == Failure.NOT_FOUND) {
            done.add(new BotUttered(Reply.text("No encuentro esa cita. Si tienes la referencia, escríbemela.")));
            return Answer.of(done);
        }
        done.add(new ActionExecuted(MOVED_ACTION, failure.name().toLowerCase(Locale.ROOT), id, null));
        done.add(new BotUttered(Reply.text("Lo siento, no he podido cambiar la cita: el sistema de citas no responde. "
                + "Prueba en unos minutos o llama al 010.")));
        return Answer.of(done);
    }
}
