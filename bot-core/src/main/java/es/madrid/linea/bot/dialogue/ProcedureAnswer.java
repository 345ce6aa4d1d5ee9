package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.knowledge.MarkdownText;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import es.madrid.linea.bot.knowledge.ProcedureSection;
import es.madrid.linea.bot.reply.Reply;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer about one procedure: the asked sections first (or what it is, with a hint of what else can be asked),
 * then the official link, and the knowledge event that cites the procedure and its revision.
 */
final class ProcedureAnswer {

    static final String LINK_TEXT = "Más información en la web oficial";
    static final String NOT_IN_THE_CARD = "La ficha de «%s» no detalla %s: consulta la web oficial o llama al 010.";
    static final String HINT = "Si quieres, pregúntame también por %s.";

    /** How each section is named inside a Spanish sentence. */
    private static final Map<ProcedureSection, String> IN_A_SENTENCE = new EnumMap<>(Map.of(
            ProcedureSection.WHO, "quién puede hacerlo",
            ProcedureSection.REQUIREMENTS, "los requisitos",
            ProcedureSection.DOCUMENTS, "la documentación",
            ProcedureSection.PRICE, "el precio",
            ProcedureSection.DEADLINES, "los plazos",
            ProcedureSection.HOW_AND_WHERE, "cómo y dónde hacerlo"));

    private ProcedureAnswer() {}

    static List<ConversationEvent> of(Procedure procedure, List<ProcedureSection> asked, double score) {
        List<ConversationEvent> events = new ArrayList<>();
        List<ProcedureSection> answered = asked.stream()
                .filter(section -> procedure.section(section).isPresent())
                .toList();
        for (ProcedureSection section : asked) {
            if (!answered.contains(section)) {
                events.add(say(String.format(NOT_IN_THE_CARD, procedure.title(), IN_A_SENTENCE.get(section))));
            }
        }
        if (answered.isEmpty()) {
            events.add(say(sectionText(procedure, ProcedureSection.WHAT)));
            hint(procedure, asked).ifPresent(h -> events.add(say(h)));
        } else {
            answered.forEach(section -> events.add(say(sectionText(procedure, section))));
        }
        events.add(new BotUttered(Reply.link(LINK_TEXT, procedure.officialUrl())));
        events.add(new KnowledgeConsulted(List.of(new ProcedureRef(procedure.id(), procedure.revision(), score))));
        return events;
    }

    private static String sectionText(Procedure procedure, ProcedureSection section) {
        String text = MarkdownText.forReading(procedure.section(section).orElse(procedure.summary()));
        String heading = section == ProcedureSection.WHAT ? "" : " · " + section.heading();
        return "«" + procedure.title() + "»" + heading + "\n" + text;
    }

    private static Optional<String> hint(Procedure procedure, List<ProcedureSection> alreadyAsked) {
        List<String> more = IN_A_SENTENCE.entrySet().stream()
                .filter(e -> procedure.section(e.getKey()).isPresent() && !alreadyAsked.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (more.isEmpty()) {
            return Optional.empty();
        }
        String list = more.size() == 1
                ? more.get(0)
                : String.join(", ", more.subList(0, more.size() - 1)) + " o " + more.get(more.size() - 1);
        return Optional.of(String.format(HINT, list));
    }

    private static BotUttered say(String text) {
        return new BotUttered(Reply.text(text));
    }
}
