package es.madrid.linea.backoffice.notifications;

import es.madrid.linea.backoffice.BackgroundJob;
import es.madrid.linea.backoffice.remote.RemoteSystem;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.IdSource;
import es.madrid.linea.bot.notifications.ConversationReminderSender;
import es.madrid.linea.bot.notifications.ReminderDispatcher;
import es.madrid.linea.bot.notifications.ReminderPlan;
import es.madrid.linea.bot.notifications.ReminderSchedule;
import es.madrid.linea.bot.notifications.ReminderSender;
import es.madrid.linea.system.CibelesProperties;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders: the outbox, the schedule ({@code Notifications}), one sender per channel and the background dispatcher.
 * Any {@link ReminderSender} bean serves its channel (a WhatsApp template sender is one bean away); channels without
 * one keep their reminders in the outbox.
 */
@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

    @Bean
    JdbcReminderStore reminderStore(JdbcClient jdbc, CibelesProperties cibeles) {
        return new JdbcReminderStore(jdbc, cibeles.zone());
    }

    @Bean
    ReminderPlan reminderPlan(NotificationsProperties properties, CibelesProperties cibeles) {
        return new ReminderPlan(
                properties.reminderTime(),
                properties.earliest(),
                properties.latest(),
                properties.minimumNotice(),
                cibeles.zone());
    }

    @Bean
    ReminderSchedule notifications(JdbcReminderStore store, ReminderPlan plan, Clock clock, IdSource ids) {
        return new ReminderSchedule(store, plan, clock, ids);
    }

    @Bean
    ConversationReminderSender webReminders(ConversationService conversations) {
        return new ConversationReminderSender(conversations);
    }

    @Bean
    @ConditionalOnProperty(name = "cibeles.notifications.sms", havingValue = NotificationsProperties.ALTIRIA)
    AltiriaSmsSender altiriaSmsSender(NotificationsProperties properties) {
        NotificationsProperties.Altiria altiria = properties.altiria();
        Map<String, String> credentials = altiria.login() != null
                ? Map.of("login", altiria.login(), "passwd", altiria.password())
                : Map.of("apiKey", altiria.apiKey(), "apiSecret", altiria.apiSecret());
        return new AltiriaSmsSender(
                new RemoteSystem("altiria", altiria.http()), altiria.baseUrl(), credentials, altiria.senderId());
    }

    @Bean
    ReminderDispatcher reminderDispatcher(
            JdbcReminderStore store,
            ReminderSchedule notifications,
            AppointmentBook appointments,
            ObjectProvider<ReminderSender> senders,
            ReminderPlan plan,
            NotificationsProperties properties,
            Clock clock) {
        return new ReminderDispatcher(
                store,
                notifications,
                appointments,
                senders.orderedStream().toList(),
                plan,
                clock,
                properties.lease(),
                properties.firstRetry());
    }

    @Bean
    BackgroundJob remindersJob(ReminderDispatcher dispatcher, NotificationsProperties properties) {
        return new BackgroundJob("reminders", properties.dispatchEvery(), dispatcher::dispatchDue);
    }
}
