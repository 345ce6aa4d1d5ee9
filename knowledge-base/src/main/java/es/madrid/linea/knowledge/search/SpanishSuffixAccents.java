package es.madrid.linea.knowledge.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Puts back the accent of the few suffixes the Snowball Spanish stemmer only knows accented ("-ación", "-ución",
 * "-logía"). Citizens often write without accents; folding first and restoring these suffixes lets "domiciliacion"
 * and "domiciliación" both stem to the same "domicili" as "domiciliar".
 */
final class SpanishSuffixAccents extends TokenFilter {

    private static final String[][] SUFFIXES = {{"acion", "ación"}, {"ucion", "ución"}, {"logia", "logía"}};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SpanishSuffixAccents(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        String word = term.toString();
        for (String[] suffix : SUFFIXES) {
            if (word.endsWith(suffix[0]) && word.length() > suffix[0].length() + 2) {
                term.setEmpty()
                        .append(word, 0, word.length() - suffix[0].length())
                        .append(suffix[1]);
                break;
            }
        }
        return true;
    }
}
