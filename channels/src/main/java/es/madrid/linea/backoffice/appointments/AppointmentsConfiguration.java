package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.backoffice.pending.FollowUp;
import es.madrid.linea.backoffice.pending.KeptRequests;
import es.madrid.linea.backoffice.remote.RemoteSystem;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.CalendarAppointmentBook;
import es.madrid.linea.bot.appointments.CalendarService;
import es.madrid.linea.bot.appointments.OfficeCalendar;
import es.madrid.linea.bot.appointments.PublicHolidays;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.system.CibelesProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The appointment system, chosen by {@code cibeles.appointments.system}: the embedded calendar (default) or Qmatic.
 * The {@code AppointmentBook} everyone gets is a {@link RemindedAppointmentBook} around it, so reminders follow
 * cancellations and moves.
 */
@Configuration(proxyBeanMethods = false)
class AppointmentsConfiguration {

    static final String SYSTEM = "appointmentSystem";

    @Bean(SYSTEM)
    @ConditionalOnProperty(
            name = "cibeles.appointments.system",
            havingValue = AppointmentsProperties.EMBEDDED,
            matchIfMissing = true)
    CalendarAppointmentBook embeddedCalendar(
            JdbcClient jdbc,
            AppointmentsProperties properties,
            CibelesProperties cibeles,
            ResourceLoader resources,
            Clock clock) {
        AppointmentsProperties.Calendar settings = properties.calendar();
        OfficeSchedules offices;
        try (InputStream yaml = resources.getResource(settings.offices()).getInputStream()) {
            offices = OfficeScheduleFile.read(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the offices at " + settings.offices(), e);
        }
        List<CalendarService> services;
        try (InputStream yaml = resources.getResource(settings.services()).getInputStream()) {
            services = CalendarServicesFile.read(yaml, offices);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the appointment services at " + settings.services(), e);
        }
        OfficeCalendar calendar = new OfficeCalendar(
                offices.schedules(),
                services,
                PublicHolidays.madrid(settings.holidays()),
                cibeles.zone(),
                settings.minimumNotice());
        return new CalendarAppointmentBook(
                calendar, new JdbcCalendarStore(jdbc, cibeles.zone(), clock), clock, new AppointmentReferences());
    }

    @Bean(SYSTEM)
    @ConditionalOnProperty(name = "cibeles.appointments.system", havingValue = AppointmentsProperties.QMATIC)
    KeptAppointmentBook qmaticAppointmentBook(
            AppointmentsProperties properties,
            CibelesProperties cibeles,
            KeptRequests kept,
            FollowUp followUp,
            Notifications notifications,
            Clock clock) {
        AppointmentsProperties.Qmatic qmatic = properties.qmatic();
        QmaticClient client = new QmaticClient(
                new RemoteSystem("qmatic", qmatic.http()), qmatic.baseUrl(), qmatic.apiKey(), cibeles.zone());
        return new KeptAppointmentBook(client, qmatic.branches(), kept, followUp, notifications, cibeles.zone(), clock);
    }

    @Bean
    @Primary
    RemindedAppointmentBook appointmentBook(@Qualifier(SYSTEM) AppointmentBook system, Notifications notifications) {
        return new RemindedAppointmentBook(system, notifications);
    }
}
