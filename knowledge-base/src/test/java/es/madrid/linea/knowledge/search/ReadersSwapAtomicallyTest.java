package es.madrid.linea.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.knowledge.KbContent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

/**
 * While the index changes, searches keep running on other threads; each must see the index as it was before a change
 * or after it, never in between: all procedures, each exactly once, all from the same replacement.
 */
class ReadersSwapAtomicallyTest {

    private static final List<Procedure> CONTENT = KbContent.procedures();
    private static final int READERS = 3;

    @Test
    void noSearchSeesAHalfReplacedIndex() throws Exception {
        try (ProcedureIndex index = new ProcedureIndex(CitizenAnalyzer.forIndexing())) {
            index.replaceAll(atRevision(1));
            Queue<String> violations = new ConcurrentLinkedQueue<>();
            AtomicInteger searches = new AtomicInteger();

            whileReading(
                    () -> index.read(searcher -> {
                        TopDocs all = searcher.search(new MatchAllDocsQuery(), 1000);
                        Set<String> ids = new HashSet<>();
                        Set<Long> revisions = new HashSet<>();
                        for (ScoreDoc doc : all.scoreDocs) {
                            var stored = searcher.storedFields().document(doc.doc);
                            ids.add(stored.get(ProcedureFields.ID));
                            revisions.add(stored.getField(ProcedureFields.REVISION)
                                    .numericValue()
                                    .longValue());
                        }
                        if (all.scoreDocs.length != CONTENT.size()
                                || ids.size() != CONTENT.size()
                                || revisions.size() != 1) {
                            violations.add(all.scoreDocs.length + " documents, revisions " + revisions);
                        }
                        searches.incrementAndGet();
                        return null;
                    }),
                    () -> {
                        for (long revision = 2; revision <= 20; revision++) {
                            index.replaceAll(atRevision(revision));
                        }
                    });

            assertThat(violations).isEmpty();
            assertThat(searches.get()).isPositive();
        }
    }

    @Test
    void aProcedureBeingRepublishedIsAlwaysFoundExactlyOnce() throws Exception {
        try (ProcedureIndex index = new ProcedureIndex(CitizenAnalyzer.forIndexing())) {
            index.replaceAll(atRevision(1));
            Procedure ibi = CONTENT.stream()
                    .filter(p -> p.id().equals("ibi-pago"))
                    .findFirst()
                    .orElseThrow();
            Queue<String> violations = new ConcurrentLinkedQueue<>();

            whileReading(
                    () -> index.read(searcher -> {
                        int found = searcher.count(new TermQuery(new Term(ProcedureFields.ID, "ibi-pago")));
                        if (found != 1) {
                            violations.add("ibi-pago found " + found + " times");
                        }
                        return null;
                    }),
                    () -> {
                        for (long revision = 2; revision <= 120; revision++) {
                            index.put(ibi.withRevision(revision));
                        }
                    });

            assertThat(violations).isEmpty();
            int documents = index.read(searcher -> searcher.getIndexReader().numDocs());
            assertThat(documents).isEqualTo(CONTENT.size());
        }
    }

    /** Runs the reading on several threads until the writing is done, then checks none of them failed. */
    private static void whileReading(Runnable reading, Runnable writing) throws InterruptedException {
        AtomicBoolean done = new AtomicBoolean();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            Thread reader = new Thread(
                    () -> {
                        try {
                            do {
                                reading.run();
                            } while (!done.get());
                        } catch (Throwable t) {
                            failures.add(t);
                        }
                    },
                    "search-reader-" + i);
            reader.start();
            readers.add(reader);
        }
        try {
            writing.run();
        } finally {
            done.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        assertThat(failures).isEmpty();
    }

    private static List<Procedure> atRevision(long revision) {
        return CONTENT.stream().map(p -> p.withRevision(revision)).toList();
    }
}
