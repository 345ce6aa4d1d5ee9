package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.dialogue.Policy;
import es.madrid.linea.bot.dialogue.appointments.AppointmentDialogue;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.geo.CityMap;
import es.madrid.linea.bot.knowledge.InMemoryKnowledgeBase;
import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.offices.InMemoryOfficeDirectory;
import es.madrid.linea.bot.offices.OfficeDirectory;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Almudena's appointments in the conversation: the booking form and the "when / cancel / move" policies, declared as
 * {@link Form} and {@link Policy} beans, which the dialogue takes in (see {@code CoreConfiguration}). They book through
 * a {@link RemindedAppointmentBook} over the booking system, so every booking gets its reminder.
 */
@Configuration(proxyBeanMethods = false)
class AppointmentDialogueConfiguration {

    @Bean
    AppointmentDialogue appointmentDialogue(
            ObjectProvider<KnowledgeBase> knowledge,
            ObjectProvider<OfficeDirectory> offices,
            @Lazy @Qualifier(AppointmentsConfiguration.SYSTEM) AppointmentBook system,
            Notifications notifications,
            ObjectProvider<CityMap> map) {
        // The booking system tells conversations of kept requests through the conversation service, which runs this
        // dialogue: it is looked up on first use. Wrapped like the application's AppointmentBook, so reminders follow.
        RemindedAppointmentBook book = new RemindedAppointmentBook(system, notifications);
        // Without the knowledge module there is nothing to book for: empty procedures and offices, never a failure.
        return new AppointmentDialogue(
                knowledge.getIfAvailable(() -> new InMemoryKnowledgeBase(List.of())),
                offices.getIfAvailable(() -> new InMemoryOfficeDirectory(List.of(), List.of())),
                book,
                notifications,
                map.getIfAvailable());
    }

    @Bean
    Form appointmentForm(AppointmentDialogue appointments) {
        return appointments.form();
    }

    @Bean
    Policy whenIsMyAppointmentPolicy(AppointmentDialogue appointments) {
        return appointments.whenIsMyAppointment();
    }

    @Bean
    Policy cancelAppointmentPolicy(AppointmentDialogue appointments) {
        return appointments.cancel();
    }

    @Bean
    Policy moveAppointmentPolicy(AppointmentDialogue appointments) {
        return appointments.move();
    }
}
