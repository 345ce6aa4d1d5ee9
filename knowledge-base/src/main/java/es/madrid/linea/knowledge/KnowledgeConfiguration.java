package es.madrid.linea.knowledge;

import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.knowledge.content.ContentFolder;
import es.madrid.linea.knowledge.content.OfficeFiles;
import es.madrid.linea.knowledge.editing.ContentImport;
import es.madrid.linea.knowledge.editing.EditorDesk;
import es.madrid.linea.knowledge.editing.ProcedureRevisions;
import es.madrid.linea.knowledge.editing.PublishedChanges;
import es.madrid.linea.knowledge.editing.RevisionStore;
import es.madrid.linea.knowledge.search.LuceneKnowledgeBase;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The knowledge base's beans: bot-core's {@code KnowledgeBase} (Lucene, built from the published revisions after the
 * kb-content files are imported) and {@code OfficeDirectory} (from the offices files), the revision store, the
 * editors' desk, and the watcher that brings other instances' publications into this index.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
public class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    ContentFolder kbContentFolder(KnowledgeProperties properties) {
        return new ContentFolder(properties.content());
    }

    @Bean
    OfficeDirectory officeDirectory(ContentFolder kbContentFolder) {
        OfficeFiles files = OfficeFiles.read(kbContentFolder);
        files.problems().forEach(problem -> log.error("offices content: {}", problem.describe()));
        return files.directory();
    }

    @Bean
    @DependsOnDatabaseInitialization
    RevisionStore revisionStore(JdbcTemplate jdbc) {
        return new RevisionStore(JdbcClient.create(jdbc));
    }

    @Bean(destroyMethod = "close")
    LuceneKnowledgeBase knowledgeBase(
            RevisionStore store,
            ContentFolder kbContentFolder,
            OfficeDirectory offices,
            PlatformTransactionManager transactions,
            Clock clock) {
        List<String> imported =
                new ContentImport(store, offices, new TransactionTemplate(transactions), clock).run(kbContentFolder);
        List<Procedure> published = ProcedureRevisions.published(store);
        log.info(
                "knowledge base ready: {} procedures published, {} imported from {}",
                published.size(),
                imported.size(),
                kbContentFolder.location());
        return new LuceneKnowledgeBase(published);
    }

    @Bean(destroyMethod = "close")
    PublishedChanges publishedChanges(
            RevisionStore store, LuceneKnowledgeBase knowledge, KnowledgeProperties properties) {
        return new PublishedChanges(store, knowledge).every(properties.refreshInterval());
    }

    @Bean
    EditorDesk editorDesk(
            RevisionStore store,
            LuceneKnowledgeBase knowledge,
            OfficeDirectory offices,
            PlatformTransactionManager transactions,
            Clock clock) {
        return new EditorDesk(store, knowledge, offices, new TransactionTemplate(transactions), clock);
    }
}
