package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.knowledge.KnowledgeHit;
import es.madrid.linea.bot.knowledge.ProcedureSection;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policy for questions about procedures: search the knowledge base with the citizen's words (less the words that
 * only ask for the documents, see {@link AskedSections#withoutDocumentCues}); when the best
 * procedure is clear, answer the part that was asked from it (see {@link ProcedureAnswer}); when it is not, ask back
 * with the two or three likeliest procedures as options. The option the citizen picks comes back as a payload
 * {@code procedure:<id>} (with the asked sections after a second colon) and is answered the same way.
 */
public final class ProcedureQuestions {

    /** Payloads of the options this policy offers start with this. */
    public static final String CHOICE_PREFIX = "procedure:";

    static final String NONE_OF_THESE = CHOICE_PREFIX + "none";
    static final String WHICH_ONE = "No sé bien a qué trámite te refieres. ¿Es alguno de estos?";
    static final String NONE_TITLE = "Ninguno de estos";
    static final String TRY_AGAIN =
            "De acuerdo. Cuéntame con otras palabras qué necesitas, o llama al 010 y te " + "atenderá una persona.";

    /**
     * The score from which the best hit is trusted without asking back. The knowledge-base search scores 0.5 or more
     * when the question's words are mostly found in the procedure's name, synonyms or summary.
     */
    public static final double DEFAULT_CONFIDENCE = 0.5;

    /** A score below this is too weak even to be offered as an option. */
    static final double OPTION_FLOOR = 0.15;

    static final int OPTIONS = 3;

    private static final Set<ProcedureSection> ABOUT_A_KNOWN_PROCEDURE =
            EnumSet.of(ProcedureSection.DOCUMENTS, ProcedureSection.PRICE, ProcedureSection.REQUIREMENTS);

    private final KnowledgeBase knowledge;
    private final double confidence;

    public ProcedureQuestions(KnowledgeBase knowledge) {
        this(knowledge, DEFAULT_CONFIDENCE);
    }

    public ProcedureQuestions(KnowledgeBase knowledge, double confidence) {
        this.knowledge = knowledge;
        this.confidence = confidence;
    }

    /** The answer to a question in the citizen's words; empty when no procedure is related to it at all. */
    public List<ConversationEvent> answer(String text) {
        String procedureWords = AskedSections.withoutDocumentCues(text);
        List<KnowledgeHit> hits = knowledge.rank(procedureWords.isEmpty() ? text : procedureWords, OPTIONS).stream()
                .filter(hit -> hit.score() >= OPTION_FLOOR)
                .toList();
        if (hits.isEmpty()) {
            return List.of();
        }
        List<ProcedureSection> asked = AskedSections.in(text);
        KnowledgeHit best = hits.get(0);
        if (best.score() >= confidence) {
            return knowledge
                    .procedure(best.id())
                    .map(p -> ProcedureAnswer.of(p, asked, best.score()))
                    .orElse(List.of());
        }
        return List.of(askWhich(hits, asked));
    }

    /**
     * The parts of a procedure already known to the conversation (the one being booked) that a question asks for:
     * "¿qué documentos tengo que llevar?" in the middle of a booking. Only the parts a citizen asks about a procedure
     * they are doing — documents, price, requirements — since "¿cuándo?" or "¿dónde?" there are about the
     * appointment. Empty when the question asks for none of them, or names another procedure clearly (that is a
     * question of its own).
     */
    public List<ConversationEvent> answerAbout(String procedureId, String text) {
        List<ProcedureSection> asked = AskedSections.in(text).stream()
                .filter(ABOUT_A_KNOWN_PROCEDURE::contains)
                .toList();
        if (asked.isEmpty() || namesAnother(procedureId, AskedSections.withoutDocumentCues(text))) {
            return List.of();
        }
        return knowledge
                .procedure(procedureId)
                .map(p -> ProcedureAnswer.of(p, asked, 1.0))
                .orElse(List.of());
    }

    private boolean namesAnother(String procedureId, String procedureWords) {
        if (procedureWords.isEmpty()) {
            return false;
        }
        List<KnowledgeHit> best = knowledge.rank(procedureWords, 1);
        return !best.isEmpty()
                && best.get(0).score() >= confidence
                && !best.get(0).id().equals(procedureId);
    }

    /** True for the payload of an option this policy offered. */
    public boolean isChoice(String payload) {
        return payload != null && payload.startsWith(CHOICE_PREFIX);
    }

    /**
     * The answer to the option the citizen picked. The citizen's choice is certain, so the knowledge event cites it
     * with score 1.
     */
    public List<ConversationEvent> choose(String payload) {
        if (NONE_OF_THESE.equals(payload)) {
            return List.of(new BotUttered(Reply.text(TRY_AGAIN)));
        }
        String[] parts = payload.substring(CHOICE_PREFIX.length()).split(":", 2);
        List<ProcedureSection> asked = parts.length < 2
                ? List.of()
                : Arrays.stream(parts[1].split(","))
                        .map(ProcedureSection::byKey)
                        .flatMap(Optional::stream)
                        .toList();
        return knowledge
                .procedure(parts[0])
                .map(p -> ProcedureAnswer.of(p, asked, 1.0))
                .orElseGet(() -> List.of(new BotUttered(Reply.text(TRY_AGAIN))));
    }

    private static BotUttered askWhich(List<KnowledgeHit> hits, List<ProcedureSection> asked) {
        String sections = asked.isEmpty()
                ? ""
                : ":" + asked.stream().map(ProcedureSection::key).collect(Collectors.joining(","));
        List<Option> options = new ArrayList<>();
        hits.forEach(hit -> options.add(new Option(CHOICE_PREFIX + hit.id() + sections, hit.title())));
        options.add(new Option(NONE_OF_THESE, NONE_TITLE));
        return new BotUttered(Reply.options(WHICH_ONE, options));
    }
}
