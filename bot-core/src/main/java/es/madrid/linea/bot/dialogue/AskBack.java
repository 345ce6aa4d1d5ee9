package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Low confidence: rather than guess, ask back with the likeliest things the citizen may want (the top of the intent
 * ranking, as plain options). The text is kept in the {@value DialogueSlots#ASKED_BACK_TEXT} slot; when the citizen
 * picks an option ({@code ask:<intent>}), the same text is read again as that intent and answered by the other
 * policies, so "la del portal no va" picked as an incident starts the alert with its words. The ask-back counts as
 * not understood (three in a row lead to a person).
 */
final class AskBack implements Policy {

    static final String PREFIX = "ask:";
    static final String NONE = PREFIX + "none";
    static final String WHICH = "No estoy seguro de haberte entendido. ¿Qué quieres hacer?";
    static final String NONE_TEXT =
            "De acuerdo. Cuéntamelo con otras palabras, o elige «Hablar con una persona» si lo prefieres.";

    /** The intents worth offering, with their labels: what a citizen can do here. */
    static final Map<String, String> LABELS = labels();

    /** Below this a ranked intent is not worth offering. */
    static final double OFFERED = 0.1;

    static final int OFFERS = 3;

    private final LanguageUnderstanding understanding;
    private final Function<Turn, Answer> others;

    /**
     * @param understanding reads the kept text again when the citizen picks an option (null: the intent alone)
     * @param others the rest of the policies, which answer the text read as the chosen intent
     */
    AskBack(LanguageUnderstanding understanding, Function<Turn, Answer> others) {
        this.understanding = understanding;
        this.others = others;
    }

    @Override
    public String name() {
        return "ask_back";
    }

    @Override
    public Optional<Answer> answer(Turn turn) {
        String payload = turn.payload();
        if (payload != null && payload.startsWith(PREFIX)) {
            return Optional.of(chosen(turn, payload.substring(PREFIX.length())));
        }
        if (!turn.hasText() || turn.understood()) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        for (Intent intent : turn.understanding().ranking()) {
            if (options.size() < OFFERS && intent.confidence() >= OFFERED && LABELS.containsKey(intent.name())) {
                options.add(new Option(PREFIX + intent.name(), LABELS.get(intent.name())));
            }
        }
        if (options.isEmpty()) {
            return Optional.empty();
        }
        options.add(new Option(NONE, "Otra cosa"));
        return Optional.of(Answer.notUnderstood(List.of(
                new SlotSet(DialogueSlots.ASKED_BACK_TEXT, turn.text()),
                new BotUttered(Reply.options(WHICH, options)))));
    }

    private Answer chosen(Turn turn, String intent) {
        Optional<String> text = turn.slot(DialogueSlots.ASKED_BACK_TEXT);
        List<ConversationEvent> events = new ArrayList<>();
        text.ifPresent(t -> events.add(new SlotSet(DialogueSlots.ASKED_BACK_TEXT, null)));
        if (!LABELS.containsKey(intent)) {
            events.add(new BotUttered(Reply.text(NONE_TEXT)));
            return Answer.of(events);
        }
        Understanding reread = text.filter(t -> understanding != null)
                .map(t -> understanding.parse(t, turn.now()))
                .orElse(Understanding.none());
        Understanding sure = new Understanding(
                new Intent(intent, 1.0), reread.ranking(), reread.entities(), reread.incidentCategories(), true);
        UserUttered message = turn.message();
        // The kept text, read as what the citizen picked: the other policies answer it as if it had been clear.
        Turn clear = new Turn(
                turn.conversation(),
                new UserUttered(text.orElse(LABELS.get(intent)), null, null, message.messageId(), sure),
                turn.now());
        Answer answered = others.apply(clear);
        events.addAll(answered.events());
        return new Answer(events, answered.understood());
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Intents.PROCEDURE_INFO, "Información de un trámite");
        labels.put(Intents.REPORT_INCIDENT, "Avisar de un problema en la calle");
        labels.put(Intents.INCIDENT_STATUS, "Saber cómo va un aviso");
        labels.put(Intents.FIND_OFFICE, "Buscar una oficina");
        labels.put(Intents.BOOK_APPOINTMENT, "Pedir cita");
        labels.put(Intents.CANCEL_APPOINTMENT, "Anular una cita");
        labels.put(Intents.RESCHEDULE_APPOINTMENT, "Cambiar una cita");
        labels.put(Intents.APPOINTMENT_STATUS, "Consultar mi cita");
        labels.put(Intents.COMPLAINT, "Poner una queja");
        return Map.copyOf(labels);
    }
}
