package es.madrid.linea.backoffice.notifications;

import es.madrid.linea.backoffice.Databases;
import es.madrid.linea.bot.notifications.ReminderStore;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.ReminderStoreContract;

/** The outbox on the database: sending once, concurrent dispatchers and restarts, on H2. */
class JdbcReminderStoreTest extends ReminderStoreContract {

    @Override
    protected ReminderStore newStore() {
        return new JdbcReminderStore(Databases.fresh(), CalendarFixture.MADRID);
    }
}
