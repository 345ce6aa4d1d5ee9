package es.madrid.linea.bot.notifications;

import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.NotificationsContract;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;

class ReminderScheduleTest extends NotificationsContract {

    @Override
    protected Notifications newNotifications(TestClock clock) {
        return ReminderSchedule.inMemory(ReminderPlan.standard(CalendarFixture.MADRID), clock, new SequentialIds("r"));
    }
}
