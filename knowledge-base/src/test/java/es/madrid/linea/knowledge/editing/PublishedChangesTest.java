package es.madrid.linea.knowledge.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import es.madrid.linea.bot.knowledge.KnowledgeHit;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.bot.testing.TestClock;
import es.madrid.linea.knowledge.KbContent;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.OfficeFiles;
import es.madrid.linea.knowledge.search.LuceneKnowledgeBase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two instances share the database: what an editor publishes on one is found by searches on the other within two
 * seconds, with no restart, and an unpublication leaves both.
 */
class PublishedChangesTest {

    private static final ContentFolder CONTENT = KbContent.folder();
    private static final OfficeDirectory OFFICES = OfficeFiles.read(CONTENT).directory();

    @Test
    void aPublicationOnOneInstanceIsSearchableOnAnotherWithinTwoSeconds() throws Exception {
        KnowledgeDatabase database = KnowledgeDatabase.fresh();
        TestClock clock = TestClock.at("2026-11-29T09:00:00Z");
        new ContentImport(database.store(), OFFICES, database.transactions(), clock).run(CONTENT);
        try (LuceneKnowledgeBase editing = new LuceneKnowledgeBase(ProcedureRevisions.published(database.store()));
                LuceneKnowledgeBase other = new LuceneKnowledgeBase(ProcedureRevisions.published(database.store()));
                PublishedChanges watcher =
                        new PublishedChanges(database.store(), other).every(Duration.ofMillis(200))) {
            EditorDesk desk = new EditorDesk(database.store(), editing, OFFICES, database.transactions(), clock);
            String ibi = CONTENT.file("procedures/ibi-pago.md").orElseThrow().text();
            desk.saveDraft(
                    "ibi-pago",
                    ibi.replace("title: Pagar el IBI (la contribución)", "title: Pagar el IBI zarzaparrilla"),
                    "editor");

            desk.publish("ibi-pago", "editor");

            await().atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(other.search("zarzaparrilla", 1))
                            .extracting(KnowledgeHit::revision)
                            .containsExactly(2L));

            desk.unpublish("ibi-pago", "editor");

            await().atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(other.procedure("ibi-pago")).isEmpty());
        }
    }

    @Test
    void catchingUpTwiceChangesNothingTheSecondTime() throws Exception {
        KnowledgeDatabase database = KnowledgeDatabase.fresh();
        TestClock clock = TestClock.at("2026-11-29T09:00:00Z");
        try (LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(List.of())) {
            PublishedChanges watcher = new PublishedChanges(database.store(), knowledge);
            new ContentImport(database.store(), OFFICES, database.transactions(), clock).run(CONTENT);

            assertThat(watcher.catchUp()).hasSize(CONTENT.procedures().size());
            assertThat(knowledge.procedures()).extracting(Procedure::revision).containsOnly(1L);
            assertThat(watcher.catchUp()).isEmpty();
            watcher.close();
        }
    }
}
