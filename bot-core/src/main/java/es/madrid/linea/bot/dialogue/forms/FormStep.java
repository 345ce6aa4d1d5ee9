package es.madrid.linea.bot.dialogue.forms;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import java.util.List;

/**
 * The next step of a form: the slot it asks for (or the confirmation, or acting at once) and the events that ask.
 *
 * @param step the slot asked for, {@link DialogueSlots#CONFIRM_STEP}, or {@link #ACT} when there is nothing to ask
 */
public record FormStep(String step, List<ConversationEvent> ask) {

    public static final String ACT = "act";

    public FormStep {
        ask = List.copyOf(ask);
    }

    public static FormStep ask(String slot, List<ConversationEvent> question) {
        return new FormStep(slot, question);
    }

    public static FormStep confirm(List<ConversationEvent> summary) {
        return new FormStep(DialogueSlots.CONFIRM_STEP, summary);
    }

    /** Everything is known and the form needs no confirmation (a question, not an order). */
    public static FormStep actNow() {
        return new FormStep(ACT, List.of());
    }

    public boolean confirms() {
        return DialogueSlots.CONFIRM_STEP.equals(step);
    }
}
