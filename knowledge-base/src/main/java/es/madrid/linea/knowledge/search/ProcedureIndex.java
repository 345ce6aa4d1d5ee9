package es.madrid.linea.knowledge.search;

import es.madrid.linea.bot.knowledge.Procedure;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The procedures' Lucene index, in memory (the database holds the content; the index is rebuilt from it in well under
 * a second). Changes are written under one lock and made visible by one near-real-time refresh after the whole
 * change: a search holds one reader for its whole run, and sees every procedure either before or after a change,
 * never a half-built index.
 */
final class ProcedureIndex implements Closeable {

    /** Work done with the searcher of one moment. */
    interface Reading<T> {
        T read(ProcedureSearcher searcher) throws IOException;
    }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writing = new Object();

    ProcedureIndex(Analyzer analyzer) {
        try {
            writer = new IndexWriter(
                    directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    return new ProcedureSearcher(reader);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole content at once. */
    void replaceAll(Collection<Procedure> procedures) {
        write(() -> {
            writer.deleteAll();
            for (Procedure procedure : procedures) {
                writer.addDocument(ProcedureFields.document(procedure));
            }
        });
    }

    /** Adds a procedure or replaces its previous revision, visible to the next search. */
    void put(Procedure procedure) {
        write(() -> writer.updateDocument(
                new Term(ProcedureFields.ID, procedure.id()), ProcedureFields.document(procedure)));
    }

    void remove(String id) {
        write(() -> writer.deleteDocuments(new Term(ProcedureFields.ID, id)));
    }

    /** One change to the index, written whole and then made visible by a single refresh. */
    private interface Change {
        void apply() throws IOException;
    }

    private void write(Change change) {
        synchronized (writing) {
            try {
                change.apply();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    <T> T read(Reading<T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.read((ProcedureSearcher) searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (writing) {
            searchers.close();
            writer.close();
            directory.close();
        }
    }
}
