package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.knowledge.KnowledgeHit;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.text.SpanishText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which procedure a citizen wants an appointment for, read from what they wrote through the knowledge base: only
 * procedures whose content says they need cita previa and names the booking system's service can be booked.
 */
final class BookableProcedures {

    /** The search score from which the bot takes the procedure without asking (the knowledge base's own bar). */
    static final double SURE = 0.5;

    /** Hits from this score are offered as options when the bot is not sure. */
    static final double WORTH_OFFERING = 0.2;

    static final int OFFERED = 3;

    /** Asked when nothing in the message points anywhere: the appointments citizens ask for most. */
    static final List<String> USUAL = List.of(
            "empadronamiento-alta",
            "empadronamiento-cambio-domicilio",
            "padron-modificacion-datos",
            "tributos-domiciliacion");

    /** Words of asking for an appointment, not of the procedure: they would only dilute the search. */
    private static final Set<String> BOOKING_WORDS = Set.of(
            "cita",
            "citas",
            "previa",
            "pedir",
            "pido",
            "pide",
            "reservar",
            "reserva",
            "reservame",
            "coger",
            "sacar",
            "quiero",
            "quisiera",
            "querria",
            "necesito",
            "me",
            "gustaria",
            "una",
            "un",
            "para",
            "hora",
            "por",
            "favor",
            "hola",
            "buenos",
            "buenas",
            "dias",
            "tardes",
            "en",
            "la",
            "el",
            "de",
            "oficina",
            "ir",
            "a",
            "y",
            "que",
            "tengo",
            "puedo",
            "podria",
            "dar",
            "dame",
            "mi",
            "es",
            "codigo",
            "postal",
            "vivo",
            "barrio",
            "distrito",
            "mejor",
            "cerca",
            "casa",
            "con",
            "al",
            "del",
            "los",
            "las",
            "lo",
            "o");

    /** Entities that say where or when, not what: their words are left out of the search. */
    private static final Set<String> WHERE_AND_WHEN =
            Set.of("date", "time", "postcode", "district", "address", "phone", "email", "dni", "nie");

    private final KnowledgeBase knowledge;

    BookableProcedures(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    Optional<Procedure> byId(String id) {
        return id == null ? Optional.empty() : knowledge.procedure(id);
    }

    /** The bookable procedure the turn's text names, when the search is sure of it. */
    Optional<Procedure> named(Turn turn) {
        return named(withoutWhereAndWhen(turn));
    }

    /** The text of a turn without the entities that say where or when ("el martes", "28007", "en Retiro"). */
    static String withoutWhereAndWhen(Turn turn) {
        if (!turn.hasText()) {
            return null;
        }
        StringBuilder text = new StringBuilder(turn.text());
        turn.entities().stream()
                .filter(e -> WHERE_AND_WHEN.contains(e.type()))
                .filter(e -> e.start() >= 0 && e.end() <= text.length() && e.start() < e.end())
                .sorted(Comparator.comparingInt(Entity::start).reversed())
                .forEach(e -> text.replace(e.start(), e.end(), " "));
        return text.toString();
    }

    /** The bookable procedure the text names, when the search is sure of it. */
    Optional<Procedure> named(String text) {
        List<KnowledgeHit> hits = search(text);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        double best = hits.get(0).score();
        for (KnowledgeHit hit : hits) {
            if (hit.score() < SURE || hit.score() < best * 0.8) {
                break;
            }
            Optional<Procedure> procedure = knowledge.procedure(hit.id()).filter(Procedure::bookable);
            if (procedure.isPresent()) {
                return procedure;
            }
        }
        return Optional.empty();
    }

    /** The procedure the text is most surely about, bookable or not (to explain why it cannot be booked). */
    Optional<Procedure> about(String text) {
        return search(text).stream()
                .filter(hit -> hit.score() >= SURE)
                .findFirst()
                .flatMap(hit -> knowledge.procedure(hit.id()));
    }

    /** What to offer when unsure: the bookable procedures the text may be about, else the usual ones. */
    List<Procedure> candidates(String text) {
        List<Procedure> found = new ArrayList<>();
        for (KnowledgeHit hit : search(text)) {
            if (hit.score() >= WORTH_OFFERING && found.size() < OFFERED) {
                knowledge.procedure(hit.id()).filter(Procedure::bookable).ifPresent(found::add);
            }
        }
        if (found.isEmpty()) {
            USUAL.forEach(
                    id -> knowledge.procedure(id).filter(Procedure::bookable).ifPresent(found::add));
        }
        return found;
    }

    private List<KnowledgeHit> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String procedureWords = SpanishText.words(text).stream()
                .filter(word -> !BOOKING_WORDS.contains(word))
                .collect(Collectors.joining(" "));
        if (procedureWords.isBlank()) {
            return List.of();
        }
        return knowledge.rank(procedureWords, 8);
    }
}
