package es.madrid.linea.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Words that mean the same to a citizen and to the council ("contribución" and "IBI", "papeles" and "documentación"),
 * from {@code equivalences.txt} beside this class, one group per line in Solr's synonym format. Entries are stemmed
 * with the same chain as the text, so one line covers every inflection. A procedure's own synonyms live in its front
 * matter and are indexed with it; these are the general ones, shared by all procedures.
 */
final class Equivalences {

    static final String RESOURCE = "equivalences.txt";

    private Equivalences() {}

    static SynonymMap load() {
        try (InputStream in = Equivalences.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SynonymMap parse(Reader lines) throws IOException {
        try (Analyzer stems = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = CitizenAnalyzer.tokenizer();
                return new TokenStreamComponents(tokenizer, CitizenAnalyzer.stems(tokenizer));
            }
        }) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, stems);
            parser.parse(lines);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalStateException(RESOURCE + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }
}
