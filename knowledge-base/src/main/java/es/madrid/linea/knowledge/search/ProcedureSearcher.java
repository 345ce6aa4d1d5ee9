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
import java.util.function.Function;
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
 * The searcher of one generation of the index. It keeps what every search of that generation would otherwise work out
 * again:
 *
 * <ul>
 *   <li>each document's id, title and revision (stored fields would decompress procedure text for every hit);
 *   <li>the corrections of misspelt words (a Levenshtein automaton per unknown word costs more than the search);
 *   <li>its latest rankings (one turn's policies often rank the same words twice);
 *   <li>each query term's statistics and places in the index (Lucene would look every term up again per query).
 * </ul>
 *
 * A publication opens a new searcher, so none of it can go stale.
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
        return new TermQuery(term, states(term));
    }

    /** In how many documents the term is, from the same remembered look-up as its query. */
    int docFreq(Term term) {
        return states(term).docFreq();
    }

    private TermStates states(Term term) {
        return remembered(terms, MAX_REMEMBERED_TERMS, term, this::lookUp);
    }

    private TermStates lookUp(Term term) {
        try {
            return TermStates.build(this, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return remembered(corrections, MAX_REMEMBERED_SPELLINGS, written, this::searchClosestWords);
    }

    /** The value kept for a key, or computed now and kept while the map has room (it is never evicted). */
    private static <K, V> V remembered(Map<K, V> kept, int room, K key, Function<K, V> compute) {
        V known = kept.get(key);
        if (known != null) {
            return known;
        }
        V computed = compute.apply(key);
        if (kept.size() < room) {
            kept.put(key, computed);
        }
        return computed;
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
