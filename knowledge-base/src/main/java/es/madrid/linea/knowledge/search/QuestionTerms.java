package es.madrid.linea.knowledge.search;

import es.madrid.linea.bot.text.SpanishText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;

/**
 * A citizen's question as search terms: one position per word they wrote (after analysis), each with the terms that
 * may match it: its stem, its equivalent words, and, for a word the index has never seen, the stems of the closest
 * words the procedures use (typos: "empadronamiendo" is one letter from "empadronamiento"). The text is cut and the
 * positions capped before anything is built, so a pasted book or a query-syntax attack costs the same as a long
 * question.
 */
final class QuestionTerms {

    /** Only the start of a very long message is read: a question is never this long. */
    static final int MAX_CHARS = 500;

    /** At most this many words make the query; each becomes a handful of clauses. */
    static final int MAX_POSITIONS = 24;

    /** Typos are corrected only in words this long: shorter ones have too many neighbours. */
    static final int MIN_TYPO_LENGTH = 4;

    /** A term that may stand for what the citizen wrote, and how much a match on it counts. */
    record Alternative(String term, float weight) {}

    /**
     * One word of the question: its stem, its alternatives (the first is the stem itself), and its spellings: the word
     * as written, folded, and the words it was corrected to.
     */
    record Position(String word, List<Alternative> alternatives, List<Alternative> spellings) {
        Position {
            alternatives = List.copyOf(alternatives);
            spellings = List.copyOf(spellings);
        }
    }

    /** The analysed tokens that share one position: the written word (and where) and its equivalents. */
    private static final class Slot {
        String word;
        String written;
        final List<String> equivalents = new ArrayList<>();
    }

    private QuestionTerms() {}

    static List<Position> of(
            String text, Analyzer questions, Analyzer stems, ProcedureSearcher vocabulary, Ranking ranking) {
        String clean = clean(text);
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Slot slot : slots(clean, questions)) {
            if (slot.word == null || positions.containsKey(slot.word)) {
                continue;
            }
            if (positions.size() == MAX_POSITIONS) {
                break;
            }
            List<Alternative> alternatives = new ArrayList<>();
            alternatives.add(new Alternative(slot.word, 1f));
            slot.equivalents.forEach(e -> addIfNew(alternatives, new Alternative(e, ranking.equivalentWord())));
            String written = SpanishText.fold(slot.written);
            List<Alternative> spellings = new ArrayList<>();
            spellings.add(new Alternative(written, 1f));
            if (isTypo(slot, alternatives, vocabulary)) {
                for (String closest : vocabulary.closestWords(written)) {
                    spellings.add(new Alternative(closest, ranking.correctedTypo()));
                    CitizenAnalyzer.terms(stems, ProcedureFields.ALL, closest)
                            .forEach(stem -> addIfNew(alternatives, new Alternative(stem, ranking.correctedTypo())));
                }
            }
            positions.put(slot.word, new Position(slot.word, alternatives, spellings));
        }
        return List.copyOf(positions.values());
    }

    /** The text a question is read from: its start, without control characters. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(Math.min(text.length(), MAX_CHARS));
        text.codePoints().limit(MAX_CHARS).forEach(cp -> kept.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return kept.toString();
    }

    /**
     * The tokens grouped by position. The synonym filter puts a word's equivalents at the word's position (before or
     * after it); an equivalent that spans several words goes with the first.
     */
    private static List<Slot> slots(String text, Analyzer questions) {
        Map<Integer, Slot> slots = new TreeMap<>();
        try (TokenStream tokens = questions.tokenStream(ProcedureFields.ALL, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken() && slots.size() <= MAX_POSITIONS * 2) {
                position += increment.getPositionIncrement();
                Slot slot = slots.computeIfAbsent(position, p -> new Slot());
                if (!SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) && slot.word == null) {
                    slot.word = term.toString();
                    slot.written = text.substring(offset.startOffset(), offset.endOffset());
                } else {
                    slot.equivalents.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(slots.values());
    }

    private static boolean isTypo(Slot slot, List<Alternative> alternatives, ProcedureSearcher vocabulary) {
        return slot.written.length() >= MIN_TYPO_LENGTH
                && alternatives.stream()
                        .noneMatch(a -> vocabulary.docFreq(new Term(ProcedureFields.ALL, a.term())) > 0);
    }

    private static void addIfNew(List<Alternative> alternatives, Alternative candidate) {
        if (alternatives.stream().noneMatch(a -> a.term().equals(candidate.term()))) {
            alternatives.add(candidate);
        }
    }
}
