package es.madrid.linea.knowledge.editing;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh in-memory H2 database with the knowledge base's migrations, and what the editing code needs of it. */
record KnowledgeDatabase(DataSource dataSource, RevisionStore store, TransactionTemplate transactions) {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    static KnowledgeDatabase fresh() {
        // A pool, like the application's: opening an H2 session for every statement would be most of a test's time.
        JdbcConnectionPool dataSource = JdbcConnectionPool.create(
                "jdbc:h2:mem:knowledge-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/knowledge")
                .load()
                .migrate();
        return new KnowledgeDatabase(
                dataSource,
                new RevisionStore(JdbcClient.create(dataSource)),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
