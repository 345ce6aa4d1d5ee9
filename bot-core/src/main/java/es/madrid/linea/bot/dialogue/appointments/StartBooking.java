package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.dialogue.Answer;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.dialogue.Policy;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.dialogue.forms.FormData;
import es.madrid.linea.bot.dialogue.forms.FormStep;
import es.madrid.linea.bot.nlu.Intents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the booking form: on the "Pedir cita" option ({@value AppointmentSlots#MENU_BOOK}, also offered when no
 * agent is available) or when the citizen clearly asks for an appointment and no form is in progress. It takes what
 * the first message already says ("cita para empadronarme en Retiro el martes") and asks for the rest; from then on
 * the form engine runs the form (the {@code form} and {@code form_step} slots say where it is).
 */
final class StartBooking implements Policy {

    private final Form form;

    StartBooking(Form form) {
        this.form = form;
    }

    @Override
    public String name() {
        return "start_booking";
    }

    @Override
    public Optional<Answer> answer(Turn turn) {
        boolean menu = AppointmentSlots.MENU_BOOK.equals(turn.payload());
        boolean asked = turn.slot(DialogueSlots.FORM).isEmpty() && turn.clearly(Intents.BOOK_APPOINTMENT);
        if (!menu && !asked) {
            return Optional.empty();
        }
        List<ConversationEvent> events = new ArrayList<>();
        Map<String, String> kept = new HashMap<>(turn.conversation().slots());
        for (String slot : form.slots()) {
            if (kept.remove(slot) != null) {
                events.add(new SlotSet(slot, null));
            }
        }
        kept.remove(DialogueSlots.FORM_STEP);
        FormData data = FormData.of(kept);
        Map<String, String> facts = form.facts(turn, data);
        events.add(new SlotSet(DialogueSlots.FORM, form.name()));
        facts.forEach((slot, value) -> {
            if (value != null) {
                events.add(new SlotSet(slot, value));
            }
        });
        FormStep step = form.next(data.with(facts), turn);
        events.add(new SlotSet(DialogueSlots.FORM_STEP, step.step()));
        events.addAll(step.ask());
        return Optional.of(Answer.of(events));
    }
}
