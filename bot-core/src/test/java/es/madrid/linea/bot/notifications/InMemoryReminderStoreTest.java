package es.madrid.linea.bot.notifications;

import es.madrid.linea.bot.testing.ReminderStoreContract;

class InMemoryReminderStoreTest extends ReminderStoreContract {

    @Override
    protected ReminderStore newStore() {
        return new InMemoryReminderStore();
    }
}
