package es.madrid.linea.bot.knowledge;

import es.madrid.linea.bot.text.SpanishText;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A knowledge base held in a map, for tests and for running without an index: a question's words are matched to the
 * title and synonyms (full weight), summary and body (less), with crude stemming by shared prefixes. The score is the
 * share of the question's words that matched, weighted by where.
 */
public final class InMemoryKnowledgeBase implements KnowledgeBase {

    private static final Set<String> STOP_WORDS = Set.of(
            "que",
            "para",
            "como",
            "los",
            "las",
            "del",
            "por",
            "una",
            "uno",
            "con",
            "mis",
            "sus",
            "hay",
            "tengo",
            "quiero",
            "puedo",
            "necesito",
            "donde",
            "cuando",
            "cuanto",
            "esta",
            "este",
            "eso",
            "esto",
            "sin",
            "mas");
    private static final int STEM = 5;

    private final Map<String, Procedure> procedures = new LinkedHashMap<>();

    public InMemoryKnowledgeBase(Collection<Procedure> procedures) {
        procedures.forEach(p -> this.procedures.put(p.id(), p));
    }

    @Override
    public List<KnowledgeHit> search(String text, Set<String> categories, int limit) {
        List<String> asked = SpanishText.words(text).stream()
                .filter(w -> w.length() >= 3 && !STOP_WORDS.contains(w))
                .distinct()
                .toList();
        if (asked.isEmpty() || limit <= 0) {
            return List.of();
        }
        return procedures.values().stream()
                .filter(p -> categories.isEmpty() || categories.contains(p.category()))
                .map(p -> new KnowledgeHit(p.id(), p.title(), score(asked, p), p.summary(), p.revision()))
                .filter(hit -> hit.score() > 0)
                .sorted(Comparator.comparingDouble(KnowledgeHit::score).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Procedure> procedure(String id) {
        return Optional.ofNullable(procedures.get(id));
    }

    private static double score(List<String> asked, Procedure procedure) {
        Set<String> names = wordsOf(procedure.title() + " " + String.join(" ", procedure.synonyms()));
        Set<String> summary = wordsOf(procedure.summary());
        Set<String> body = wordsOf(String.join(" ", procedure.sections().values()));
        double total = 0;
        for (String word : asked) {
            if (matches(word, names)) {
                total += 1.0;
            } else if (matches(word, summary)) {
                total += 0.6;
            } else if (matches(word, body)) {
                total += 0.3;
            }
        }
        return total / asked.size();
    }

    private static Set<String> wordsOf(String text) {
        return SpanishText.words(text).stream().collect(Collectors.toSet());
    }

    private static boolean matches(String word, Set<String> words) {
        String stem = word.length() > STEM ? word.substring(0, STEM) : word;
        return words.contains(word) || words.stream().anyMatch(w -> w.length() >= STEM && w.startsWith(stem));
    }
}
