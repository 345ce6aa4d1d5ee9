package es.madrid.linea.knowledge.search;

import es.madrid.linea.knowledge.search.QuestionTerms.Alternative;
import es.madrid.linea.knowledge.search.QuestionTerms.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * How much of a question a procedure answers, from 0 to 1: the share of the question's words found in it, each word
 * weighted by how rare it is (a match on "plusvalía" says more than one on "pagar") and by where it was found (the
 * name and synonyms say more than the body). Unlike Lucene's raw scores, it is comparable between questions, so it is
 * the score the API and the dialogue see.
 */
final class Coverage {

    private static final Map<String, Float> FIELD_WEIGHT = Map.of(
            ProcedureFields.TITLE, 1f,
            ProcedureFields.SYNONYMS, 1f,
            ProcedureFields.SUMMARY, 0.8f,
            ProcedureFields.BODY, 0.5f);

    private Coverage() {}

    /**
     * The coverage of each of these documents. Each term is looked up once per field and its postings walked once for
     * all the documents, rather than once per document: the re-ranking asks for every candidate of a search at once.
     */
    static double[] of(List<Position> positions, IndexReader reader, int[] docs) {
        int[] byDoc = ascending(docs);
        Map<String, TermsEnum[]> terms = new HashMap<>();
        double[] found = new double[docs.length];
        double total = 0;
        for (Position position : positions) {
            double rarity = rarity(reader, position.word());
            total += rarity;
            float[] best = new float[docs.length];
            for (Alternative alternative : position.alternatives()) {
                for (String field : ProcedureFields.SEARCHED) {
                    float weight = alternative.weight() * FIELD_WEIGHT.get(field);
                    TermsEnum[] byLeaf = terms.computeIfAbsent(field, f -> termsByLeaf(reader, f));
                    keepBest(reader, byLeaf, new BytesRef(alternative.term()), docs, byDoc, weight, best);
                }
            }
            for (int i = 0; i < docs.length; i++) {
                found[i] += rarity * best[i];
            }
        }
        for (int i = 0; i < docs.length; i++) {
            found[i] = total == 0 ? 0 : found[i] / total;
        }
        return found;
    }

    /** The indexes of {@code docs} in ascending document order, so that postings are only ever advanced. */
    private static int[] ascending(int[] docs) {
        return IntStream.range(0, docs.length)
                .boxed()
                .sorted(Comparator.comparingInt(i -> docs[i]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static TermsEnum[] termsByLeaf(IndexReader reader, String field) {
        List<LeafReaderContext> leaves = reader.leaves();
        TermsEnum[] byLeaf = new TermsEnum[leaves.size()];
        for (int i = 0; i < byLeaf.length; i++) {
            byLeaf[i] = termsOf(leaves.get(i), field);
        }
        return byLeaf;
    }

    /** Raises {@code best[i]} to {@code weight} for every document {@code docs[i]} that has the term. */
    private static void keepBest(
            IndexReader reader,
            TermsEnum[] byLeaf,
            BytesRef term,
            int[] docs,
            int[] byDoc,
            float weight,
            float[] best) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            for (int leafIndex = 0; leafIndex < leaves.size(); leafIndex++) {
                TermsEnum iterator = byLeaf[leafIndex];
                if (iterator == null || !iterator.seekExact(term)) {
                    continue;
                }
                LeafReaderContext leaf = leaves.get(leafIndex);
                int end = leaf.docBase + leaf.reader().maxDoc();
                PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
                for (int i : byDoc) {
                    int doc = docs[i];
                    if (doc < leaf.docBase || doc >= end || best[i] >= weight) {
                        continue;
                    }
                    int local = doc - leaf.docBase;
                    if (postings.docID() < local && postings.advance(local) == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (postings.docID() == local) {
                        best[i] = weight;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TermsEnum termsOf(LeafReaderContext leaf, String field) {
        try {
            Terms terms = leaf.reader().terms(field);
            return terms == null ? null : terms.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BM25's inverse document frequency over every word of every procedure. */
    private static double rarity(IndexReader reader, String term) {
        try {
            int docs = reader.maxDoc();
            int freq = reader.docFreq(new Term(ProcedureFields.ALL, term));
            return Math.log(1 + (docs - freq + 0.5) / (freq + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
