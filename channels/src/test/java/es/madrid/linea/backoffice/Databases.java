package es.madrid.linea.backoffice;

import es.madrid.linea.backoffice.pending.KeptRequests;
import es.madrid.linea.bot.testing.SequentialIds;
import java.time.Clock;
import java.time.Duration;
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

    /**
     * A ledger of kept requests on a fresh database, with tickets t-1, t-2...: attempts lease 2 minutes, the first
     * retry is after 30 seconds, and requests go to people after 24 hours.
     */
    public static KeptRequests keptRequests(Clock clock) {
        return new KeptRequests(
                fresh(),
                clock,
                new SequentialIds("t"),
                Duration.ofMinutes(2),
                Duration.ofSeconds(30),
                Duration.ofHours(24));
    }
}
