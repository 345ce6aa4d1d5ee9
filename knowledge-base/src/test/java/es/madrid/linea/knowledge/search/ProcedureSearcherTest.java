package es.madrid.linea.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.knowledge.KbContent;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a generation's searcher remembers, and that the next generation starts afresh. */
class ProcedureSearcherTest {

    private final ProcedureIndex index = new ProcedureIndex(CitizenAnalyzer.forIndexing());

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void aTermIsLookedUpOncePerGenerationWithTheIndexsOwnStatistics() {
        index.replaceAll(KbContent.procedures());
        Term term = new Term(ProcedureFields.BODY, "padron");

        TermQuery first = (TermQuery) index.read(searcher -> searcher.termQuery(term));
        TermQuery again = (TermQuery) index.read(searcher -> searcher.termQuery(term));

        assertThat(again.getTermStates()).isSameAs(first.getTermStates());
        assertThat(first.getTermStates().docFreq())
                .isPositive()
                .isEqualTo(index.read(searcher -> searcher.getIndexReader().docFreq(term)));

        Procedure changed = KbContent.procedures().get(0);
        index.put(changed.withRevision(changed.revision() + 1));

        assertThat(((TermQuery) index.read(searcher -> searcher.termQuery(term))).getTermStates())
                .isNotSameAs(first.getTermStates());
    }

    @Test
    void aTermsDocumentFrequencyIsTheIndexsAndComesFromTheSameLookUp() {
        index.replaceAll(KbContent.procedures());
        Term knownTerm = new Term(ProcedureFields.ALL, "padron");
        Term unknownTerm = new Term(ProcedureFields.ALL, "zzxqj");

        int known = index.read(searcher -> searcher.docFreq(knownTerm));
        int inTheIndex = index.read(searcher -> searcher.getIndexReader().docFreq(knownTerm));
        int unknown = index.read(searcher -> searcher.docFreq(unknownTerm));
        int ofTheQuery = index.read(searcher ->
                ((TermQuery) searcher.termQuery(knownTerm)).getTermStates().docFreq());

        assertThat(known).isPositive().isEqualTo(inTheIndex).isEqualTo(ofTheQuery);
        assertThat(unknown).isZero();
    }

    @Test
    void aMisspellingIsCorrectedOncePerGeneration() {
        index.replaceAll(KbContent.procedures());

        List<String> first = index.read(searcher -> searcher.closestWords("empadronamiendo"));
        List<String> again = index.read(searcher -> searcher.closestWords("empadronamiendo"));

        assertThat(first).contains("empadronamiento");
        assertThat(again).isSameAs(first);
    }

    @Test
    void aHitReportsTheIdTitleAndRevisionOfItsDocument() {
        Procedure procedure = KbContent.procedures().get(0);
        index.replaceAll(List.of(procedure));

        ProcedureSearcher.Head head = index.read(searcher -> searcher.head(0));

        assertThat(head).isEqualTo(new ProcedureSearcher.Head(procedure.id(), procedure.title(), procedure.revision()));
    }
}
