package es.madrid.linea.backoffice;

import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fresh in-memory H2 databases with bot-core's and the application's migrations, for tests without Spring. */
public final class Databases {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Databases() {}

    public static JdbcClient fresh() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:backoffice-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/core", "classpath:db/migration/channels")
                .load()
                .migrate();
        return JdbcClient.create(dataSource);
    }
}
