package es.madrid.linea.backoffice.notifications;

import es.madrid.linea.backoffice.Databases;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.ReminderPlan;
import es.madrid.linea.bot.notifications.ReminderSchedule;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.NotificationsContract;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;

/** The reminder schedule over the database outbox. */
class JdbcNotificationsTest extends NotificationsContract {

    @Override
    protected Notifications newNotifications(TestClock clock) {
        return new ReminderSchedule(
                new JdbcReminderStore(Databases.fresh(), CalendarFixture.MADRID),
                ReminderPlan.standard(CalendarFixture.MADRID),
                clock,
                new SequentialIds("r"));
    }
}
