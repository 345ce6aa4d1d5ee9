package es.madrid.linea.knowledge.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** The terms an analyzer makes of a body text, in order: what Lucene's analyzer tests compare. */
final class Tokens {

    static List<String> of(Analyzer analyzer, String text) {
        return CitizenAnalyzer.terms(analyzer, ProcedureFields.BODY, text);
    }

    private Tokens() {}
}
