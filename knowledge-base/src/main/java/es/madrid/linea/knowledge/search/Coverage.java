package es.madrid.linea.knowledge.search;

import es.madrid.linea.knowledge.search.QuestionTerms.Alternative;
import es.madrid.linea.knowledge.search.QuestionTerms.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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

    static double of(List<Position> positions, IndexReader reader, int doc) {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int local = doc - leaf.docBase;
        Map<String, TermsEnum> fields = new HashMap<>();
        double total = 0;
        double found = 0;
        for (Position position : positions) {
            double rarity = rarity(reader, position.word());
            total += rarity;
            float best = 0;
            for (Alternative alternative : position.alternatives()) {
                for (String field : ProcedureFields.SEARCHED) {
                    float weight = alternative.weight() * FIELD_WEIGHT.get(field);
                    if (weight > best && contains(fields, leaf, field, alternative.term(), local)) {
                        best = weight;
                    }
                }
            }
            found += rarity * best;
        }
        return total == 0 ? 0 : found / total;
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

    private static boolean contains(
            Map<String, TermsEnum> fields, LeafReaderContext leaf, String field, String term, int doc) {
        try {
            TermsEnum iterator = fields.computeIfAbsent(field, f -> termsOf(leaf, f));
            if (iterator == null || !iterator.seekExact(new BytesRef(term))) {
                return false;
            }
            PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
            return postings.advance(doc) == doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
