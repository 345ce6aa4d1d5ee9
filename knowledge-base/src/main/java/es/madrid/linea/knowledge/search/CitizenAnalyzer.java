package es.madrid.linea.knowledge.search;

import es.madrid.linea.bot.text.SpanishText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The Spanish analysis chain for procedures and for citizens' questions: words, lower case, accents folded, stop words
 * removed, Snowball Spanish stems (with {@link SpanishSuffixAccents} so unaccented words stem like accented ones,
 * and a few words kept whole where a stem would collide).
 * The question side also adds the equivalent words of {@link Equivalences} ("contribución" finds "IBI"), so changing
 * them never needs the index rebuilt.
 */
final class CitizenAnalyzer extends Analyzer {

    /** The longest word kept; longer "words" are noise (or an attack) and are split by the tokenizer. */
    static final int MAX_WORD_LENGTH = 40;

    /** Spanish stop words, folded like the text they are removed from ("más" and "mas"). */
    static final CharArraySet STOP_WORDS = foldedStopWords();

    /**
     * Words the stemmer would merge with unrelated ones: "casa" (home) and "casarse" (to marry) both stem to "cas",
     * so a question about the IBI of one's house found civil weddings.
     */
    static final CharArraySet NOT_STEMMED =
            CharArraySet.unmodifiableSet(new CharArraySet(List.of("casa", "casas"), false));

    private final SynonymMap equivalences;

    private CitizenAnalyzer(SynonymMap equivalences) {
        this.equivalences = equivalences;
    }

    /**
     * For indexing procedures: no equivalences (they are added to questions); the {@link ProcedureFields#WORDS}
     * field keeps whole words, folded but not stemmed, for correcting typos.
     */
    static Analyzer forIndexing() {
        Analyzer words = words();
        return new PerFieldAnalyzerWrapper(
                new CitizenAnalyzer(null), Map.of(ProcedureFields.WORDS, words, ProcedureFields.NAME_WORDS, words));
    }

    /** Whole words, lower case and folded, without stop words: the spelling of the procedures. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = tokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, new StopFilter(stream, STOP_WORDS));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return separateWords(reader);
            }
        };
    }

    /** For questions: adds the equivalent words. */
    static CitizenAnalyzer forQuestions(SynonymMap equivalences) {
        return new CitizenAnalyzer(equivalences);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return separateWords(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = tokenizer();
        TokenStream stream = stems(tokenizer);
        if (equivalences != null) {
            stream = new SynonymGraphFilter(stream, equivalences, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** The chain up to the stems, shared by both sides and by {@link Equivalences} to read its entries. */
    static TokenStream stems(Tokenizer tokenizer) {
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new SetKeywordMarkerFilter(stream, NOT_STEMMED);
        stream = new SpanishSuffixAccents(stream);
        return new SnowballFilter(stream, new SpanishStemmer());
    }

    /** The terms an analyzer makes of a text for a field, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static StandardTokenizer tokenizer() {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(MAX_WORD_LENGTH);
        return tokenizer;
    }

    /**
     * Unicode keeps "title:ibi" as one word (a colon joins letters in Swedish); for citizens it separates words, and
     * it must never look like a field name.
     */
    static Reader separateWords(Reader reader) {
        return new MappingCharFilter(SEPARATORS, reader);
    }

    private static final NormalizeCharMap SEPARATORS = separators();

    private static NormalizeCharMap separators() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add(":", " ");
        return map.build();
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(400, true);
        for (Object word : SpanishAnalyzer.getDefaultStopSet()) {
            folded.add(SpanishText.fold(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
