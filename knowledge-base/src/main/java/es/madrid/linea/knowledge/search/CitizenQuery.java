package es.madrid.linea.knowledge.search;

import es.madrid.linea.knowledge.search.QuestionTerms.Alternative;
import es.madrid.linea.knowledge.search.QuestionTerms.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query for a question, built term by term from {@link QuestionTerms} (never by a query parser, so no
 * character a citizen types has a meaning to Lucene). Each word of the question is one optional clause: the best of
 * its alternatives, each matched in the title, synonyms, summary and body with their boosts, plus a bonus when the
 * word is written exactly as in the procedure's name or synonyms. At most {@link
 * QuestionTerms#MAX_POSITIONS} words make a query, far below Lucene's clause limit.
 */
final class CitizenQuery {

    private CitizenQuery() {}

    /**
     * The query for a question; {@code terms} makes the query of one term (the searcher's, which remembers the term's
     * look-ups, or plain {@code TermQuery::new}).
     */
    static Query of(List<Position> positions, Set<String> categories, Ranking ranking, Function<Term, Query> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Position position : positions) {
            List<Query> alternatives = new ArrayList<>();
            for (Alternative alternative : position.alternatives()) {
                alternatives.add(
                        new BoostQuery(inEveryField(alternative.term(), ranking, terms), alternative.weight()));
            }
            query.add(
                    alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f),
                    Occur.SHOULD);
            if (ranking.exactName() > 0) {
                List<Query> spellings = new ArrayList<>();
                for (Alternative spelling : position.spellings()) {
                    spellings.add(field(
                            ProcedureFields.NAME_WORDS,
                            spelling.term(),
                            ranking.exactName() * spelling.weight(),
                            terms));
                }
                query.add(new DisjunctionMaxQuery(spellings, 0f), Occur.SHOULD);
            }
        }
        if (!categories.isEmpty()) {
            BooleanQuery.Builder anyCategory = new BooleanQuery.Builder();
            categories.forEach(
                    c -> anyCategory.add(new TermQuery(new Term(ProcedureFields.CATEGORY, c)), Occur.SHOULD));
            query.add(anyCategory.build(), Occur.FILTER);
        }
        return query.build();
    }

    private static Query inEveryField(String term, Ranking ranking, Function<Term, Query> terms) {
        return new DisjunctionMaxQuery(
                List.of(
                        field(ProcedureFields.TITLE, term, ranking.title(), terms),
                        field(ProcedureFields.SYNONYMS, term, ranking.synonyms(), terms),
                        field(ProcedureFields.SUMMARY, term, ranking.summary(), terms),
                        field(ProcedureFields.BODY, term, ranking.body(), terms)),
                ranking.tieBreaker());
    }

    private static Query field(String field, String term, float boost, Function<Term, Query> terms) {
        return new BoostQuery(terms.apply(new Term(field, term)), boost);
    }
}
