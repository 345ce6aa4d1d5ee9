package es.madrid.linea.knowledge.search;

import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.knowledge.KnowledgeHit;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.knowledge.search.QuestionTerms.Position;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The knowledge base on Lucene: the published procedures, searched with Spanish analysis. Publishing or unpublishing
 * a procedure is visible to the next search; searches running meanwhile finish on the index as it was.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase, Closeable {

    /** The most hits one search returns. */
    public static final int MAX_LIMIT = 50;

    private static final SynonymMap EQUIVALENCES = Equivalences.load();

    private final Analyzer indexing = CitizenAnalyzer.forIndexing();
    private final CitizenAnalyzer questions = CitizenAnalyzer.forQuestions(EQUIVALENCES);
    private final ProcedureIndex index = new ProcedureIndex(indexing);
    private final Map<String, Procedure> published = new ConcurrentHashMap<>();
    private final Ranking ranking;

    public LuceneKnowledgeBase(Collection<Procedure> procedures) {
        this(procedures, Ranking.DEFAULT);
    }

    LuceneKnowledgeBase(Collection<Procedure> procedures, Ranking ranking) {
        this.ranking = ranking;
        replaceAll(procedures);
    }

    /** Makes this revision of a procedure the published one, replacing any other. */
    public void publish(Procedure procedure) {
        published.put(procedure.id(), procedure);
        index.put(procedure);
    }

    /** Takes a procedure out of search and reading. */
    public void unpublish(String id) {
        index.remove(id);
        published.remove(id);
    }

    /** Replaces every published procedure at once. */
    public void replaceAll(Collection<Procedure> procedures) {
        procedures.forEach(p -> published.put(p.id(), p));
        index.replaceAll(procedures);
        Set<String> kept = procedures.stream().map(Procedure::id).collect(Collectors.toSet());
        published.keySet().retainAll(kept);
    }

    /** Every published procedure, by id. */
    public List<Procedure> procedures() {
        return published.values().stream()
                .sorted(Comparator.comparing(Procedure::id))
                .toList();
    }

    @Override
    public Optional<Procedure> procedure(String id) {
        return Optional.ofNullable(published.get(id));
    }

    @Override
    public List<KnowledgeHit> search(String text, Set<String> categories, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return index.read(searcher -> search(searcher, text, categories, Math.min(limit, MAX_LIMIT), true));
    }

    @Override
    public List<KnowledgeHit> rank(String text, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        int capped = Math.min(limit, MAX_LIMIT);
        String question = text == null ? "" : text;
        return index.read(searcher -> {
            List<KnowledgeHit> recent = searcher.recentRanking(question, capped);
            if (recent != null) {
                return recent;
            }
            List<KnowledgeHit> hits = search(searcher, question, Set.of(), capped, false);
            searcher.rememberRanking(question, capped, hits);
            return hits;
        });
    }

    /** The terms a question becomes against the current index (for tests of the query's bounds). */
    List<Position> questionTerms(String text) {
        return index.read(searcher -> QuestionTerms.of(text, questions, indexing, searcher, ranking));
    }

    private List<KnowledgeHit> search(
            ProcedureSearcher searcher, String text, Set<String> categories, int limit, boolean withSnippets)
            throws IOException {
        List<Position> positions = QuestionTerms.of(text, questions, indexing, searcher, ranking);
        if (positions.isEmpty()) {
            return List.of();
        }
        Query query = CitizenQuery.of(positions, categories, ranking, searcher::termQuery);
        TopDocs top = searcher.search(query, Math.max(limit, ranking.candidates()));
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        List<Candidate> best = rerank(top, positions, searcher.getIndexReader(), limit);
        TopDocs kept = new TopDocs(
                top.totalHits,
                best.stream().map(c -> new ScoreDoc(c.doc(), (float) c.order())).toArray(ScoreDoc[]::new));
        String[] snippets = withSnippets ? Snippets.of(searcher, indexing, query, kept) : new String[best.size()];
        List<KnowledgeHit> hits = new ArrayList<>();
        for (int i = 0; i < best.size(); i++) {
            ProcedureSearcher.Head head = searcher.head(best.get(i).doc());
            hits.add(new KnowledgeHit(
                    head.id(),
                    head.title(),
                    Math.round(best.get(i).coverage() * 1000) / 1000.0,
                    snippets[i],
                    head.revision()));
        }
        return List.copyOf(hits);
    }

    /** A document found, how much of the question it covers, and its place in the final order. */
    private record Candidate(int doc, double coverage, double order) {}

    /**
     * The candidates in their final order: Lucene's score (relative to the best) blended with coverage, which favours
     * the procedure that answers all of the question over one that repeats part of it.
     */
    private List<Candidate> rerank(TopDocs top, List<Position> positions, IndexReader reader, int limit) {
        float best = top.scoreDocs[0].score;
        double weight = ranking.coverageWeight();
        List<Candidate> candidates = new ArrayList<>();
        int[] docs = Arrays.stream(top.scoreDocs).mapToInt(scored -> scored.doc).toArray();
        double[] coverage = Coverage.of(positions, reader, docs);
        for (int i = 0; i < docs.length; i++) {
            ScoreDoc scored = top.scoreDocs[i];
            candidates.add(
                    new Candidate(scored.doc, coverage[i], (1 - weight) * scored.score / best + weight * coverage[i]));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::order).reversed());
        return candidates.subList(0, Math.min(limit, candidates.size()));
    }

    @Override
    public void close() throws IOException {
        index.close();
        indexing.close();
        questions.close();
    }
}
