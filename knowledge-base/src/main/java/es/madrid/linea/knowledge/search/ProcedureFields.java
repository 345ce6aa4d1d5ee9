package es.madrid.linea.knowledge.search;

import es.madrid.linea.bot.knowledge.MarkdownText;
import es.madrid.linea.bot.knowledge.Procedure;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;

/** The fields of a procedure in the index, and how a procedure becomes a document. */
final class ProcedureFields {

    static final String ID = "id";
    static final String CATEGORY = "category";
    static final String REVISION = "revision";
    static final String TITLE = "title";
    static final String SYNONYMS = "synonyms";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    /** Every word of the procedure, stemmed: how rare a word is, and whether the index knows it. */
    static final String ALL = "all";
    /** Every word of the procedure as written (folded, not stemmed): the spelling typos are corrected against. */
    static final String WORDS = "words";
    /**
     * The words of the title and synonyms as written: a citizen who writes "empadronarme", exactly as a synonym says,
     * means that procedure more than one whose title only shares the stem ("empadronamiento").
     */
    static final String NAME_WORDS = "name_words";

    /** The stored fields a hit is reported with. */
    static final Set<String> HEAD = Set.of(ID, TITLE, REVISION);

    /** The fields a question is matched against, best first. */
    static final List<String> SEARCHED = List.of(TITLE, SYNONYMS, SUMMARY, BODY);

    private ProcedureFields() {}

    static Document document(Procedure procedure) {
        String body =
                MarkdownText.forIndexing(String.join("\n", procedure.sections().values()));
        Document doc = new Document();
        doc.add(new StringField(ID, procedure.id(), Field.Store.YES));
        doc.add(new StringField(CATEGORY, procedure.category(), Field.Store.YES));
        doc.add(new StoredField(REVISION, procedure.revision()));
        doc.add(new TextField(TITLE, procedure.title(), Field.Store.YES));
        procedure.synonyms().forEach(synonym -> doc.add(new TextField(SYNONYMS, synonym, Field.Store.NO)));
        doc.add(new TextField(SUMMARY, procedure.summary(), Field.Store.YES));
        doc.add(new TextField(BODY, body, Field.Store.YES));
        doc.add(new TextField(ALL, procedure.title(), Field.Store.NO));
        procedure.synonyms().forEach(synonym -> doc.add(new TextField(ALL, synonym, Field.Store.NO)));
        doc.add(new TextField(ALL, procedure.summary(), Field.Store.NO));
        doc.add(new TextField(ALL, body, Field.Store.NO));
        for (IndexableField all : doc.getFields(ALL)) {
            doc.add(new TextField(WORDS, all.stringValue(), Field.Store.NO));
        }
        doc.add(new TextField(NAME_WORDS, procedure.title(), Field.Store.NO));
        procedure.synonyms().forEach(synonym -> doc.add(new TextField(NAME_WORDS, synonym, Field.Store.NO)));
        return doc;
    }
}
