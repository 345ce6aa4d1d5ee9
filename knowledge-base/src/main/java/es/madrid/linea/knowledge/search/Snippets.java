package es.madrid.linea.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passage of each hit that best matches the question, about a sentence long, with the matched words wrapped in
 * {@code <mark>} and everything else HTML-escaped (the body is the editors' text, but a snippet is shown in pages).
 * The body is tried first; a procedure matched only by its name shows its summary.
 */
final class Snippets {

    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    private static final int LENGTH_GOAL = 180;
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private Snippets() {}

    static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs hits) {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(SPANISH), LENGTH_GOAL, 0.3f))
                .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, "… ", true))
                .withMaxNoHighlightPassages(1)
                .build();
        try {
            Map<String, String[]> passages = highlighter.highlightFields(
                    new String[] {ProcedureFields.BODY, ProcedureFields.SUMMARY}, query, hits);
            String[] body = passages.get(ProcedureFields.BODY);
            String[] summary = passages.get(ProcedureFields.SUMMARY);
            String[] snippets = new String[hits.scoreDocs.length];
            for (int i = 0; i < snippets.length; i++) {
                boolean bodyMatched = body[i] != null && body[i].contains(OPEN);
                snippets[i] = bodyMatched || summary[i] == null ? body[i] : summary[i];
            }
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
