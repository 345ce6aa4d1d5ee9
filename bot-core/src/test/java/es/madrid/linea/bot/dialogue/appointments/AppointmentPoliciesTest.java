package es.madrid.linea.bot.dialogue.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentStatus;
import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.testing.CalendarFixture;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class AppointmentPoliciesTest {

    @Test
    void saysWhenTheAppointmentIsWhereAndWhenItWillBeReminded() {
        AppointmentChat chat = new AppointmentChat();
        Appointment booked = book(chat);

        chat.say("¿Cuándo es mi cita?");

        Reminder reminder = chat.reminders.reminderOf(booked.id()).orElseThrow();
        assertThat(chat.said())
                .contains(
                        AppointmentTimes.dayAndTime(booked.start(), CalendarFixture.MADRID),
                        "Plaza Daoíz y Velarde, 1",
                        booked.id(),
                        "Te la recordaré aquí en el chat "
                                + AppointmentTimes.dayAndTime(
                                        reminder.scheduledAt().atZone(CalendarFixture.MADRID), CalendarFixture.MADRID));
    }

    @Test
    void withoutAppointmentsOffersToBookOneAndAnUnknownReferenceIsSaid() {
        AppointmentChat chat = new AppointmentChat();

        chat.say("¿Cuándo es mi cita?");
        assertThat(chat.said()).isEqualTo(WhenIsMyAppointment.NONE);
        assertThat(chat.optionLabels()).containsExactly("Pedir una cita");

        chat.say("¿Cuándo tengo la cita K7XQ2M9P?");
        assertThat(chat.said()).contains("No encuentro ninguna cita con la referencia K7XQ2M9P");
    }

    @Test
    void cancelsAfterAYesAndTheReminderWithIt() {
        AppointmentChat chat = new AppointmentChat();
        Appointment booked = book(chat);

        chat.say("Quiero anular mi cita");
        assertThat(chat.said())
                .startsWith("¿Anulo tu cita " + AppointmentTimes.dayAndTime(booked.start(), CalendarFixture.MADRID));
        assertThat(chat.optionLabels()).containsExactly("Sí, anularla", "No, mantenerla");
        assertThat(chat.calendar.find(booked.id()).valueIfDone().orElseThrow().status())
                .isEqualTo(AppointmentStatus.BOOKED);

        chat.say("sí");

        ActionExecuted action = action(chat);
        assertThat(action.action()).isEqualTo("cancel_appointment");
        assertThat(action.reference()).isEqualTo(booked.id());
        assertThat(chat.said()).contains("he anulado tu cita");
        assertThat(chat.calendar.find(booked.id()).valueIfDone().orElseThrow().status())
                .isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(chat.reminders.reminderOf(booked.id()).orElseThrow().status())
                .isEqualTo(ReminderStatus.CANCELLED);
        assertThat(chat.conversation().slot(AppointmentSlots.CANCELLING)).isEmpty();

        chat.say("¿Cuándo es mi cita?");
        assertThat(chat.said()).isEqualTo(WhenIsMyAppointment.NONE);
    }

    @Test
    void aNoKeepsTheAppointment() {
        AppointmentChat chat = new AppointmentChat();
        Appointment booked = book(chat);
        chat.say("Quiero anular mi cita");

        chat.choose("No, mantenerla");

        assertThat(chat.said()).isEqualTo(CancelAppointment.KEPT);
        assertThat(chat.calendar.find(booked.id()).valueIfDone().orElseThrow().status())
                .isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void cancellingWithoutAppointmentsSaysSo() {
        AppointmentChat chat = new AppointmentChat();

        chat.say("Quiero anular mi cita");

        assertThat(chat.said()).isEqualTo(CancelAppointment.NONE);
    }

    @Test
    void movesToAFreeTimeNearTheDayAskedForWithItsReminder() {
        AppointmentChat chat = new AppointmentChat();
        Appointment booked = book(chat);

        chat.say("Quiero cambiar mi cita al viernes");

        assertThat(chat.conversation().slot(AppointmentSlots.MOVING)).contains(booked.id());
        assertThat(chat.options()).isNotEmpty();
        String first = chat.optionLabels().get(0);
        assertThat(first).startsWith("Viernes 4 de diciembre");

        chat.choose(first);

        ActionExecuted action = action(chat);
        assertThat(action.action()).isEqualTo("move_appointment");
        assertThat(action.detail()).isEqualTo("was " + booked.id());
        Appointment moved = chat.calendar.find(action.reference()).valueIfDone().orElseThrow();
        assertThat(moved.start().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(AppointmentTexts.label(moved.start(), CalendarFixture.MADRID))
                .isEqualTo(first);
        assertThat(chat.said()).contains(AppointmentTimes.dayAndTime(moved.start(), CalendarFixture.MADRID));
        assertThat(chat.reminders
                        .reminderOf(moved.id())
                        .orElseThrow()
                        .appointmentStart()
                        .toInstant())
                .isEqualTo(moved.start().toInstant());
        assertThat(chat.conversation().appointments()).containsExactly(moved.id());
        assertThat(chat.conversation().slot(AppointmentSlots.MOVING)).isEmpty();
    }

    /** Books the first Thursday time at Retiro, reminded in the chat. */
    static Appointment book(AppointmentChat chat) {
        chat.say("Quiero cita para empadronarme en Retiro el jueves");
        chat.choose(chat.optionLabels().get(0));
        chat.say("Almudena Ruiz");
        chat.choose("Aquí en el chat");
        chat.say("sí");
        String id = action(chat).reference();
        return chat.calendar.find(id).valueIfDone().orElseThrow();
    }

    private static ActionExecuted action(AppointmentChat chat) {
        return chat.lastTurn().stream()
                .filter(e -> e instanceof ActionExecuted)
                .map(ActionExecuted.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no action in: " + chat.said()));
    }
}
