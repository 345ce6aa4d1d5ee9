package es.madrid.linea.bot.dialogue.forms;

import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.reply.Option;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form: the facts an action needs, gathered over several messages. {@link FormPolicy} runs every form the same
 * way (ask only for what is missing, take several facts at once, confirm, correct, cancel, digress, help); a form
 * says only what it needs, how to read it and what to do with it.
 */
public interface Form {

    /** The stable name kept in the {@code form} slot. */
    String name();

    /** The slots this form fills; all are cleared when it ends or is cancelled. */
    List<String> slots();

    /**
     * The facts this message gives (several at once; a new value replaces the old one, which is how corrections
     * work). A null value clears a slot. Empty when the message gives nothing this form needs.
     */
    Map<String, String> facts(Turn turn, FormData data);

    /** What comes next with what is known: a question for what is missing, or the confirmation. */
    FormStep next(FormData data, Turn turn);

    /** Does what the form is for, once the citizen confirmed (or at once when the form needs no confirmation). */
    Acted act(FormData data, Turn turn);

    /** What the citizen can change at the confirmation: {@code form:change:<slot>} options. */
    List<Option> changes(FormData data);

    /** What this form needs, said plainly, for a citizen who asks for help in the middle of it. */
    String help();

    /**
     * Whether this message starts the form (e.g. the intent is clearly {@code report_incident}, or the citizen pressed
     * the menu's option). {@link FormPolicy} asks every form it runs, in order, when no form is in progress; a form
     * started another way (by its own policy calling {@link FormPolicy#start}) can keep the default.
     */
    default boolean startsWith(Turn turn) {
        return false;
    }

    /**
     * The slots cleared when the citizen asks to change {@code slot} at the confirmation (a new address also needs a
     * new point and district); the form then asks for it again.
     */
    default List<String> changing(String slot) {
        return List.of(slot);
    }

    /**
     * The knowledge base id of the procedure this form is about, once known (the one an appointment is for): a
     * question about its documents or price in the middle of the form is answered from it.
     */
    default Optional<String> procedure(FormData data) {
        return Optional.empty();
    }

    /** The label of the option that confirms ("Sí, enviar"). */
    default String confirmLabel() {
        return "Sí, es correcto";
    }

    /** What the citizen is told when they cancel the form. */
    default String cancelled() {
        return "De acuerdo, lo dejamos. ¿Puedo ayudarte en algo más?";
    }
}
