package es.madrid.linea.bot.conversation.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh in-memory H2 databases with bot-core's migrations applied. */
final class H2Databases {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    static DataSource migrated() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:core-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/core")
                .load()
                .migrate();
        return dataSource;
    }

    private H2Databases() {}
}
