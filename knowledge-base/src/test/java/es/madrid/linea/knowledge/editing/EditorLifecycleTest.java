package es.madrid.linea.knowledge.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.knowledge.KnowledgeHit;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.bot.testing.TestClock;
import es.madrid.linea.knowledge.KbContent;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.ContentProblem;
import es.madrid.linea.knowledge.content.OfficeFiles;
import es.madrid.linea.knowledge.editing.HistoryEntry.Action;
import es.madrid.linea.knowledge.search.LuceneKnowledgeBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An editor changes a procedure from draft to publication, looks at its history, restores it and withdraws it. */
class EditorLifecycleTest {

    private static final ContentFolder CONTENT = KbContent.folder();
    private static final OfficeDirectory OFFICES = OfficeFiles.read(CONTENT).directory();

    private final KnowledgeDatabase database = KnowledgeDatabase.fresh();
    private final TestClock clock = TestClock.at("2026-11-29T09:00:00Z");
    private final List<String> imported =
            new ContentImport(database.store(), OFFICES, database.transactions(), clock).run(CONTENT);
    private final LuceneKnowledgeBase knowledge =
            new LuceneKnowledgeBase(ProcedureRevisions.published(database.store()));
    private final EditorDesk desk =
            new EditorDesk(database.store(), knowledge, OFFICES, database.transactions(), clock);

    @AfterEach
    void close() throws Exception {
        knowledge.close();
    }

    @Test
    void theContentFilesSeedRevisionOneOfEveryProcedureOnTheFirstStartOnly() {
        assertThat(imported).hasSize(CONTENT.procedures().size());
        assertThat(knowledge.procedures())
                .allSatisfy(p -> assertThat(p.revision()).isEqualTo(1));
        assertThat(desk.history("ibi-pago")).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(Action.IMPORTED);
            assertThat(entry.actor()).isEqualTo(ContentImport.AUTHOR);
            assertThat(entry.revision()).isEqualTo(1);
        });

        assertThat(new ContentImport(database.store(), OFFICES, database.transactions(), clock).run(CONTENT))
                .isEmpty();
    }

    @Test
    void aChangedContentFileIsImportedOnceAsANewPublishedRevision() {
        ContentFolder changed = new ContentFolder("classpath:changed-kb-content/");

        List<String> again = new ContentImport(database.store(), OFFICES, database.transactions(), clock).run(changed);

        assertThat(again).containsExactly("ibi-pago");
        assertThat(database.store().state("ibi-pago").orElseThrow().publishedRevision())
                .isEqualTo(2);
        assertThat(desk.history("ibi-pago").get(0).changes()).contains("title");
        assertThat(new ContentImport(database.store(), OFFICES, database.transactions(), clock).run(changed))
                .isEmpty();
    }

    @Test
    void aDraftIsInvisibleUntilPublishedThenSearchableAtOnceWithItsRevision() {
        String draft = ibiPago()
                .replace("title: Pagar el IBI (la contribución)", "title: Pagar el IBI o tributo zarzaparrilla");

        EditorDesk.Change saved = desk.saveDraft("ibi-pago", draft, "editor");

        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.created()).isFalse();
        assertThat(saved.changes()).containsExactly("title");
        assertThat(knowledge.search("zarzaparrilla", 3))
                .extracting(KnowledgeHit::id)
                .doesNotContain("ibi-pago");
        assertThat(knowledge.procedure("ibi-pago").orElseThrow().revision()).isEqualTo(1);

        EditorDesk.Preview preview = desk.preview("ibi-pago", "zarzaparrilla", 3);

        assertThat(preview.rank()).isEqualTo(1);
        assertThat(preview.draftRevision()).isEqualTo(2);
        assertThat(preview.hits().get(0).revision()).isEqualTo(2);
        assertThat(knowledge.search("zarzaparrilla", 3))
                .extracting(KnowledgeHit::id)
                .doesNotContain("ibi-pago");

        clock.advance(Duration.ofMinutes(5));
        desk.publish("ibi-pago", "editor");

        assertThat(knowledge.search("zarzaparrilla", 3)).first().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("ibi-pago");
            assertThat(hit.revision()).isEqualTo(2);
        });
        assertThat(knowledge.procedure("ibi-pago").orElseThrow().title())
                .isEqualTo("Pagar el IBI o tributo zarzaparrilla");
        assertThat(database.store().state("ibi-pago").orElseThrow().draftRevision())
                .isNull();
    }

    @Test
    void theHistorySaysWhoDidWhatWhenAndWhatChanged() {
        desk.saveDraft(
                "ibi-pago",
                ibiPago().replace("el importe viene en tu recibo", "mira el importe en tu recibo"),
                "lucia");
        clock.advance(Duration.ofMinutes(1));
        desk.publish("ibi-pago", "marta");

        List<HistoryEntry> history = desk.history("ibi-pago");

        assertThat(history)
                .extracting(HistoryEntry::action)
                .containsExactly(Action.PUBLISHED, Action.DRAFT_SAVED, Action.IMPORTED);
        assertThat(history.get(0).actor()).isEqualTo("marta");
        assertThat(history.get(0).at()).isEqualTo(Instant.parse("2026-11-29T09:01:00Z"));
        assertThat(history.get(1).actor()).isEqualTo("lucia");
        assertThat(history.get(0).changes()).isEqualTo(history.get(1).changes()).isNotEmpty();
    }

    @Test
    void anEarlierRevisionIsRestoredAsANewPublishedRevision() {
        desk.saveDraft(
                "ibi-pago",
                ibiPago().replace("title: Pagar el IBI (la contribución)", "title: Título equivocado"),
                "editor");
        desk.publish("ibi-pago", "editor");

        EditorDesk.Change restored = desk.restore("ibi-pago", 1, "editor");

        assertThat(restored.revision()).isEqualTo(3);
        assertThat(restored.changes()).contains("(restaura la revisión 1)", "title");
        assertThat(knowledge.procedure("ibi-pago").orElseThrow().title()).isEqualTo("Pagar el IBI (la contribución)");
        assertThat(knowledge.procedure("ibi-pago").orElseThrow().revision()).isEqualTo(3);
        assertThat(desk.revision("ibi-pago", 3).content())
                .isEqualTo(desk.revision("ibi-pago", 1).content());
        assertThat(desk.history("ibi-pago").get(0).action()).isEqualTo(Action.RESTORED);
    }

    @Test
    void anUnpublishedProcedureLeavesSearchAndComesBackWhenRestored() {
        desk.unpublish("ibi-pago", "editor");

        assertThat(knowledge.procedure("ibi-pago")).isEmpty();
        assertThat(knowledge.search("pagar el IBI", 10))
                .extracting(KnowledgeHit::id)
                .doesNotContain("ibi-pago");
        assertThat(desk.history("ibi-pago").get(0).action()).isEqualTo(Action.UNPUBLISHED);
        assertThatThrownBy(() -> desk.unpublish("ibi-pago", "editor"))
                .isInstanceOfSatisfying(
                        EditingConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("not_published"));

        desk.restore("ibi-pago", 1, "editor");

        assertThat(knowledge.search("pagar el IBI", 3))
                .extracting(KnowledgeHit::id)
                .contains("ibi-pago");
    }

    @Test
    void aNewProcedureIsCreatedAsADraftAndPublished() {
        String markdown = ibiPago()
                .replace("id: ibi-pago", "id: ibi-nuevo-tramite")
                .replace("title: Pagar el IBI (la contribución)", "title: Un trámite nuevo de prueba xilofono");

        EditorDesk.Change created = desk.saveDraft("ibi-nuevo-tramite", markdown, "editor");
        desk.publish("ibi-nuevo-tramite", "editor");

        assertThat(created.created()).isTrue();
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.changes()).containsExactly(ProcedureRevisions.NEW_PROCEDURE);
        assertThat(knowledge.search("xilofono", 1)).extracting(KnowledgeHit::id).containsExactly("ibi-nuevo-tramite");
    }

    @Test
    void anInvalidDraftIsRefusedNamingEachWrongFieldAndNothingIsStored() {
        String broken = ibiPago()
                .replace("title: Pagar el IBI (la contribución)\n", "")
                .replace("category: tributos", "category: comida")
                .replace("related: [", "related: [no-existe, ")
                .replace("## Precio", "## Horario");

        assertThatThrownBy(() -> desk.saveDraft("ibi-pago", broken, "editor"))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .extracting(ContentProblem::field)
                                .contains("title", "category", "related", "## Horario"));
        assertThat(desk.history("ibi-pago")).hasSize(1);
        assertThatThrownBy(() -> desk.saveDraft("ibi-pago", ibiPago().replace("id: ibi-pago", "id: otro"), "editor"))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .extracting(ContentProblem::field)
                                .containsExactly("id"));
        assertThatThrownBy(() -> desk.saveDraft("../etc/passwd", ibiPago(), "editor"))
                .isInstanceOf(InvalidContentException.class);
    }

    @Test
    void publishingWithoutADraftOrTouchingAnUnknownProcedureIsRefused() {
        assertThatThrownBy(() -> desk.publish("ibi-pago", "editor"))
                .isInstanceOfSatisfying(
                        EditingConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("no_draft"));
        assertThatThrownBy(() -> desk.history("no-existe")).isInstanceOf(UnknownProcedureException.class);
        assertThatThrownBy(() -> desk.revision("ibi-pago", 99)).isInstanceOf(UnknownProcedureException.class);
    }

    @Test
    void aDiscardedDraftIsClosedButKeptInTheHistory() {
        desk.saveDraft(
                "ibi-pago",
                ibiPago().replace("el importe viene en tu recibo", "mira el importe en tu recibo"),
                "editor");

        desk.discardDraft("ibi-pago", "editor");

        assertThat(database.store().state("ibi-pago").orElseThrow().draftRevision())
                .isNull();
        assertThat(desk.revision("ibi-pago", 2)).isNotNull();
        assertThat(desk.history("ibi-pago").get(0).action()).isEqualTo(Action.DRAFT_DISCARDED);
    }

    private static String ibiPago() {
        return CONTENT.file("procedures/ibi-pago.md").orElseThrow().text();
    }
}
