package es.madrid.linea.knowledge.search;

import es.madrid.linea.bot.knowledge.KnowledgeHit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The searcher of one generation of the index, with what every search of that generation would otherwise work out
 * again: the id, title and revision of each document (reading them from stored fields means decompressing whole
 * blocks of procedure text for every hit), and the corrections of misspelt words (building a Levenshtein automaton
 * per unknown word costs more than the rest of the search), and its latest rankings (the policies of one turn often
 * rank the same words: the form's procedure, then the options to offer), and each query term's statistics and places
 * in the index (Lucene otherwise looks every term up in every field's dictionary for every query). A publication opens
 * a new searcher, so none of them can go stale.
 */
final class ProcedureSearcher extends IndexSearcher {

    /** Misspellings remembered per generation; past this, corrections are still made, just not kept. */
    static final int MAX_REMEMBERED_SPELLINGS = 10_000;

    static final int MAX_CORRECTIONS = 2;

    /**
     * How many rankings are remembered, by a hash of their question: enough for the few searches of the turns being
     * answered at the same moment, not a cache of the whole traffic.
     */
    static final int RECENT_RANKINGS = 32;

    /** Query terms (word and field) whose look-ups are remembered per generation; past this, they are just done. */
    static final int MAX_REMEMBERED_TERMS = 50_000;

    /** A document's identity as a search hit reports it. */
    record Head(String id, String title, long revision) {}

    private record Ranking(String question, int limit, List<KnowledgeHit> hits) {}

    private final Head[] heads;
    private final Map<String, List<String>> corrections = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<Ranking> rankings = new AtomicReferenceArray<>(RECENT_RANKINGS);
    private final Map<Term, TermStates> terms = new ConcurrentHashMap<>();

    ProcedureSearcher(IndexReader reader) throws IOException {
        super(reader);
        heads = new Head[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < heads.length; doc++) {
            // Deleted documents are read too: they are never hits, and their heads cost a few bytes.
            Document fields = stored.document(doc, ProcedureFields.HEAD);
            heads[doc] = new Head(
                    fields.get(ProcedureFields.ID),
                    fields.get(ProcedureFields.TITLE),
                    fields.getField(ProcedureFields.REVISION).numericValue().longValue());
        }
    }

    Head head(int doc) {
        return heads[doc];
    }

    /**
     * A query for one term, with its statistics and its place in each segment looked up once per generation. They are
     * built with statistics, which loads every segment's state at once, so the shared states are only ever read.
     */
    Query termQuery(Term term) {
        TermStates states = terms.get(term);
        if (states == null) {
            try {
                states = TermStates.build(this, term, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (terms.size() < MAX_REMEMBERED_TERMS) {
                terms.put(term, states);
            }
        }
        return new TermQuery(term, states);
    }

    /** The hits of a ranking this searcher did recently with the same question and limit, or null. */
    List<KnowledgeHit> recentRanking(String question, int limit) {
        Ranking recent = rankings.get(slot(question));
        return recent != null && recent.limit() == limit && recent.question().equals(question) ? recent.hits() : null;
    }

    void rememberRanking(String question, int limit, List<KnowledgeHit> hits) {
        rankings.set(slot(question), new Ranking(question, limit, List.copyOf(hits)));
    }

    private static int slot(String question) {
        return Math.floorMod(question.hashCode(), RECENT_RANKINGS);
    }

    /** The words of the procedures closest to a misspelt one, fewest edits first, then the most used. */
    List<String> closestWords(String written) {
        List<String> known = corrections.get(written);
        if (known != null) {
            return known;
        }
        List<String> found = searchClosestWords(written);
        if (corrections.size() < MAX_REMEMBERED_SPELLINGS) {
            corrections.put(written, found);
        }
        return found;
    }

    private List<String> searchClosestWords(String written) {
        record Candidate(String word, float similarity, int docFreq) {}
        try {
            Terms words = MultiTerms.getTerms(getIndexReader(), ProcedureFields.WORDS);
            if (words == null || written.isEmpty()) {
                return List.of();
            }
            int maxEdits = written.length() >= 8 ? 2 : 1;
            FuzzyTermsEnum fuzzy =
                    new FuzzyTermsEnum(words, new Term(ProcedureFields.WORDS, written), maxEdits, 1, true);
            List<Candidate> candidates = new ArrayList<>();
            for (BytesRef found = fuzzy.next(); found != null; found = fuzzy.next()) {
                candidates.add(new Candidate(found.utf8ToString(), fuzzy.getBoost(), fuzzy.docFreq()));
            }
            return candidates.stream()
                    .sorted(Comparator.comparingDouble(Candidate::similarity)
                            .reversed()
                            .thenComparing(
                                    Comparator.comparingInt(Candidate::docFreq).reversed()))
                    .limit(MAX_CORRECTIONS)
                    .map(Candidate::word)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
