package es.madrid.linea.bot.dialogue.forms;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.dialogue.Answer;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.dialogue.Policy;
import es.madrid.linea.bot.dialogue.ProcedureQuestions;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs every {@link Form} the same way. The form in progress and its step live in the {@code form} and
 * {@code form_step} slots, the facts in the form's own slots, so a conversation replayed after a restart continues
 * where it was. In the middle of a form, a message is read in this order: the confirmation or cancel options and
 * words ("déjalo", "cancela"); help; facts (several at once; a new value for a known slot is a correction, e.g. "no,
 * en la calle Toledo"); yes or no at the confirmation; a digression (a question about the documents, price or
 * requirements of the form's own procedure, about another procedure, or one another form answers at once such as
 * "¿cómo va mi aviso 1234567?", is answered, then the form's question asked again);
 * another form's start (the citizen changed their mind: the form in progress is left); otherwise the bot admits it
 * did not understand and asks again.
 */
public final class FormPolicy implements Policy {

    public static final String CONFIRM = "form:confirm";
    public static final String CANCEL = "form:cancel";
    public static final String CHANGE_PREFIX = "form:change:";

    static final String CANCEL_LABEL = "Cancelar";
    static final String NOT_UNDERSTOOD = "Perdona, no te he entendido.";
    static final String WHAT_TO_CHANGE = "¿Qué quieres cambiar?";
    static final String SWITCHING = "De acuerdo, dejamos lo anterior.";

    /** Words that abandon a form, whatever its step (the classifier reads "cancela" as cancelling an appointment). */
    private static final Pattern CANCEL_WORDS = Pattern.compile(
            "\\b(dejalo|dejelo|dejala|cancela|cancelar|cancelalo|cancelala|olvidalo|olvidate|no quiero seguir|"
                    + "no quiero continuar|ya no quiero|mejor no|da igual)\\b");

    private final List<Form> forms;
    private final ProcedureQuestions procedures;
    private final List<Policy> digressions;

    /**
     * @param forms the forms this policy runs, in the order they are asked whether a message starts them
     * @param procedures answers questions about the procedure a form is about ({@link Form#procedure})
     * @param digressions the policies that may answer a question in the middle of a form (they must not start forms)
     */
    public FormPolicy(List<Form> forms, ProcedureQuestions procedures, List<Policy> digressions) {
        this.forms = List.copyOf(forms);
        this.procedures = procedures;
        this.digressions = List.copyOf(digressions);
    }

    @Override
    public String name() {
        return "forms";
    }

    public List<Form> forms() {
        return forms;
    }

    @Override
    public Optional<Answer> answer(Turn turn) {
        Optional<Form> active = turn.slot(DialogueSlots.FORM).flatMap(this::form);
        if (active.isPresent()) {
            return Optional.of(carryOn(active.get(), turn));
        }
        return starting(turn, null).map(form -> start(form, turn));
    }

    /** The question of the form in progress, asked again; nothing when no form is in progress. */
    public List<ConversationEvent> reask(Turn turn) {
        return turn.slot(DialogueSlots.FORM)
                .flatMap(this::form)
                .map(form -> question(form, FormData.of(turn.conversation().slots()), turn))
                .orElse(List.of());
    }

    /** Starts a form with whatever this message already gives. */
    public Answer start(Form form, Turn turn) {
        FormData data = FormData.of(turn.conversation().slots());
        Map<String, String> facts = form.facts(turn, data);
        List<ConversationEvent> events = new ArrayList<>();
        events.add(new SlotSet(DialogueSlots.FORM, form.name()));
        events.addAll(slotEvents(facts, data));
        return Answer.of(step(form, data.with(facts), turn, events, null));
    }

    private Answer carryOn(Form form, Turn turn) {
        FormData data = FormData.of(turn.conversation().slots());
        String step = turn.slot(DialogueSlots.FORM_STEP).orElse(null);
        boolean confirming = DialogueSlots.CONFIRM_STEP.equals(step);
        String payload = turn.payload();
        if (CANCEL.equals(payload) || (turn.hasText() && saysCancel(turn.text()))) {
            return Answer.of(cancel(form, data, form.cancelled()));
        }
        if (CONFIRM.equals(payload) && confirming) {
            return Answer.of(act(form, data, turn, new ArrayList<>()));
        }
        if (payload != null && payload.startsWith(CHANGE_PREFIX)) {
            String slot = payload.substring(CHANGE_PREFIX.length());
            Map<String, String> cleared = new HashMap<>();
            form.changing(slot).forEach(s -> cleared.put(s, null));
            List<ConversationEvent> events = new ArrayList<>(slotEvents(cleared, data));
            return Answer.of(step(form, data.with(cleared), turn, events, step));
        }
        if (turn.clearly(Intents.HELP)) {
            return Answer.of(thenAskAgain(List.of(new BotUttered(Reply.text(form.help()))), form, data, turn));
        }
        Map<String, String> facts = form.facts(turn, data);
        if (!facts.isEmpty()) {
            List<ConversationEvent> events = new ArrayList<>(slotEvents(facts, data));
            return Answer.of(step(form, data.with(facts), turn, events, step));
        }
        if (confirming && turn.clearly(Intents.AFFIRM)) {
            return Answer.of(act(form, data, turn, new ArrayList<>()));
        }
        if (confirming && turn.clearly(Intents.DENY)) {
            List<Option> options = new ArrayList<>(form.changes(data));
            options.add(new Option(CANCEL, CANCEL_LABEL));
            return Answer.of(new BotUttered(Reply.options(WHAT_TO_CHANGE, options)));
        }
        Optional<Form> other = starting(turn, form);
        if (other.isPresent()) {
            Optional<List<ConversationEvent>> answered = answeredAtOnce(other.get(), turn);
            if (answered.isPresent()) {
                // A question another form answers at once ("¿cómo va mi aviso 1234567?"): a digression.
                return Answer.of(thenAskAgain(answered.get(), form, data, turn));
            }
            List<ConversationEvent> events = new ArrayList<>(cancel(form, data, SWITCHING));
            Answer started = start(other.get(), turn);
            events.addAll(started.events());
            return Answer.of(events);
        }
        List<ConversationEvent> aboutItsProcedure = aboutItsProcedure(form, data, turn);
        if (!aboutItsProcedure.isEmpty()) {
            return Answer.of(thenAskAgain(aboutItsProcedure, form, data, turn));
        }
        for (Policy digression : digressions) {
            Optional<Answer> answered = digression.answer(turn);
            if (answered.isPresent()) {
                return new Answer(
                        thenAskAgain(answered.get().events(), form, data, turn),
                        answered.get().understood());
            }
        }
        return Answer.notUnderstood(
                thenAskAgain(List.of(new BotUttered(Reply.text(NOT_UNDERSTOOD))), form, data, turn));
    }

    /** The answer to a question about the documents, price or requirements of the procedure the form is about. */
    private List<ConversationEvent> aboutItsProcedure(Form form, FormData data, Turn turn) {
        if (!turn.hasText()) {
            return List.of();
        }
        return form.procedure(data)
                .map(procedure -> procedures.answerAbout(procedure, turn.text()))
                .orElse(List.of());
    }

    /** An aside (help, a digression, not understood), then the form's question again. */
    private List<ConversationEvent> thenAskAgain(List<ConversationEvent> aside, Form form, FormData data, Turn turn) {
        List<ConversationEvent> events = new ArrayList<>(aside);
        events.addAll(question(form, data, turn));
        return events;
    }

    /**
     * What another form answers with this message alone, without a question or a confirmation (and without touching
     * the slots of the form in progress); empty when it would need more.
     */
    private static Optional<List<ConversationEvent>> answeredAtOnce(Form other, Turn turn) {
        Map<String, String> outside = new HashMap<>();
        outside.put(DialogueSlots.FORM, null);
        outside.put(DialogueSlots.FORM_STEP, null);
        FormData data = FormData.of(turn.conversation().slots()).with(outside);
        FormData given = data.with(other.facts(turn, data));
        if (!FormStep.ACT.equals(other.next(given, turn).step())) {
            return Optional.empty();
        }
        Acted acted = other.act(given, turn);
        return acted.finished() ? Optional.of(acted.events()) : Optional.empty();
    }

    /** The next step with what is known: ask, confirm or act. */
    private List<ConversationEvent> step(
            Form form, FormData data, Turn turn, List<ConversationEvent> events, String currentStep) {
        FormStep next = form.next(data, turn);
        if (FormStep.ACT.equals(next.step())) {
            return act(form, data, turn, events);
        }
        if (!next.step().equals(currentStep)) {
            events.add(new SlotSet(DialogueSlots.FORM_STEP, next.step()));
        }
        events.addAll(asked(form, data, next, turn));
        return events;
    }

    private List<ConversationEvent> act(Form form, FormData data, Turn turn, List<ConversationEvent> events) {
        Acted acted = form.act(data, turn);
        events.addAll(acted.events());
        if (acted.finished()) {
            events.addAll(clear(form, data));
            return events;
        }
        if (acted.facts().isEmpty()) {
            // Kept as it is, at the confirmation, for the person who takes over (or a later "sí").
            return events;
        }
        events.addAll(slotEvents(acted.facts(), data));
        FormData changed = data.with(acted.facts());
        FormStep next = form.next(changed, turn);
        if (FormStep.ACT.equals(next.step())) {
            return events; // never act twice in one turn
        }
        events.add(new SlotSet(DialogueSlots.FORM_STEP, next.step()));
        events.addAll(asked(form, changed, next, turn));
        return events;
    }

    /** The question of the current step again (after help or a digression). */
    private List<ConversationEvent> question(Form form, FormData data, Turn turn) {
        FormStep next = form.next(data, turn);
        return FormStep.ACT.equals(next.step()) ? List.of() : asked(form, data, next, turn);
    }

    /** The step's events; a confirmation gets the confirm, change and cancel options on its last message. */
    private static List<ConversationEvent> asked(Form form, FormData data, FormStep next, Turn turn) {
        if (!next.confirms() || next.ask().isEmpty()) {
            return next.ask();
        }
        List<Option> options = new ArrayList<>();
        options.add(new Option(CONFIRM, form.confirmLabel()));
        if (!turn.priority()) {
            // A priority citizen gets two plain choices; "no" still lets them say what to change.
            options.addAll(form.changes(data));
        }
        options.add(new Option(CANCEL, CANCEL_LABEL));
        List<ConversationEvent> events = new ArrayList<>(next.ask());
        ConversationEvent last = events.remove(events.size() - 1);
        String text = last instanceof BotUttered bot ? bot.reply().text() : "¿Es correcto?";
        if (!(last instanceof BotUttered)) {
            events.add(last);
        }
        events.add(new BotUttered(Reply.options(text, options)));
        return events;
    }

    private List<ConversationEvent> cancel(Form form, FormData data, String text) {
        List<ConversationEvent> events = new ArrayList<>(clear(form, data));
        events.add(new BotUttered(Reply.text(text)));
        return events;
    }

    private static List<ConversationEvent> clear(Form form, FormData data) {
        List<ConversationEvent> events = new ArrayList<>();
        for (String slot : form.slots()) {
            if (data.has(slot)) {
                events.add(new SlotSet(slot, null));
            }
        }
        events.add(new SlotSet(DialogueSlots.FORM, null));
        if (data.has(DialogueSlots.FORM_STEP)) {
            events.add(new SlotSet(DialogueSlots.FORM_STEP, null));
        }
        return events;
    }

    /** The slot events of these facts; clearing a slot that is not set records nothing. */
    private static List<ConversationEvent> slotEvents(Map<String, String> facts, FormData data) {
        List<ConversationEvent> events = new ArrayList<>();
        new LinkedHashMap<>(facts).forEach((slot, value) -> {
            if (value != null || data.has(slot)) {
                events.add(new SlotSet(slot, value));
            }
        });
        return events;
    }

    private Optional<Form> form(String name) {
        return forms.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private Optional<Form> starting(Turn turn, Form besides) {
        return forms.stream().filter(f -> f != besides && f.startsWith(turn)).findFirst();
    }

    /** "déjalo", "cancela", "olvídalo"... anywhere in the message, ignoring case and accents. */
    static boolean saysCancel(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return CANCEL_WORDS.matcher(plain).find();
    }
}
