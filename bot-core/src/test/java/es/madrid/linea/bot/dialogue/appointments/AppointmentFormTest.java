package es.madrid.linea.bot.dialogue.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.AppointmentStatus;
import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.ForwardingAppointmentBook;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.testing.CalendarFixture;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AppointmentFormTest {

    private static final String ALTA = "Alta en el Padrón (empadronarse)";

    @Test
    void booksTheFirstFreeTimeAtTheReferenceOfficeOfTheDistrictAndRemindsInTheChat() {
        AppointmentChat chat = new AppointmentChat();

        chat.say("Quiero pedir cita para empadronarme");
        assertThat(chat.conversation().slot(AppointmentSlots.PROCEDURE)).contains("empadronamiento-alta");
        assertThat(chat.conversation().slot(DialogueSlots.FORM_STEP)).contains(AppointmentSlots.OFFICE);

        chat.say("Vivo en Arganzuela");
        List<Slot> free = firstFree(chat, CalendarFixture.ARGANZUELA);
        assertThat(chat.said()).contains("Paseo de la Chopera, 10");
        assertThat(chat.optionLabels())
                .containsExactlyElementsOf(
                        free.stream().map(s -> label(s.start())).toList());

        chat.choose(label(free.get(0).start()));
        assertThat(chat.said()).contains("¿A nombre de quién");
        chat.say("Almudena Ruiz Gómez");
        assertThat(chat.said()).contains("recordatorio");
        chat.choose("Aquí en el chat");
        assertThat(chat.conversation().slot(DialogueSlots.FORM_STEP)).contains(DialogueSlots.CONFIRM_STEP);
        assertThat(chat.said())
                .contains(
                        ALTA,
                        "Línea Madrid Arganzuela",
                        AppointmentTimes.dayAndTime(free.get(0).start(), CalendarFixture.MADRID),
                        "Almudena Ruiz Gómez",
                        "aquí en el chat");

        chat.say("sí");
        ActionExecuted action = action(chat);
        assertThat(action.action()).isEqualTo("book_appointment");
        assertThat(action.succeeded()).isTrue();
        Appointment booked = chat.book.find(action.reference()).valueIfDone().orElseThrow();
        assertThat(booked.officeId()).isEqualTo(CalendarFixture.ARGANZUELA);
        assertThat(booked.procedureId()).isEqualTo("empadronamiento-alta");
        assertThat(booked.start().toInstant()).isEqualTo(free.get(0).start().toInstant());
        assertThat(chat.said())
                .contains(
                        "Paseo de la Chopera, 10",
                        AppointmentTimes.dayAndTime(booked.start(), CalendarFixture.MADRID),
                        booked.id(),
                        "hoja padronal",
                        "DNI, NIE o pasaporte");
        assertThat(chat.conversation().appointments()).containsExactly(booked.id());
        assertThat(chat.conversation().slot(DialogueSlots.FORM)).isEmpty();
        Reminder reminder = chat.reminders.reminderOf(booked.id()).orElseThrow();
        assertThat(reminder.channel()).isEqualTo(ReminderChannel.WEB);
        assertThat(reminder.request().recipient()).isEqualTo(chat.conversation().id());
        assertThat(reminder.request().details().documents()).contains("hoja padronal");
    }

    @Test
    void asksWhichProcedureWithOptionsWhenTheRequestDoesNotSay() {
        AppointmentChat chat = new AppointmentChat();

        chat.tap(AppointmentSlots.MENU_BOOK);

        assertThat(chat.conversation().slot(DialogueSlots.FORM)).contains(AppointmentSlots.FORM);
        assertThat(chat.conversation().slot(DialogueSlots.FORM_STEP)).contains(AppointmentSlots.PROCEDURE);
        assertThat(chat.said()).contains("¿Para qué trámite");
        assertThat(chat.optionLabels()).contains(ALTA);

        chat.choose(ALTA);
        assertThat(chat.conversation().slot(AppointmentSlots.PROCEDURE)).contains("empadronamiento-alta");
        assertThat(chat.said()).contains("¿En qué oficina");
    }

    @Test
    void aQuestionAboutTheDocumentsInTheMiddleOfABookingIsAnsweredForItsProcedure() {
        AppointmentChat chat = new AppointmentChat();
        chat.say("Quiero pedir cita para empadronarme");

        chat.say("¿Qué documentos tengo que llevar?");

        assertThat(chat.said()).contains("Hoja padronal", "DNI, NIE o pasaporte", AppointmentForm.ASK_OFFICE);
        assertThat(chat.lastTurn())
                .filteredOn(KnowledgeConsulted.class::isInstance)
                .map(e -> ((KnowledgeConsulted) e).procedures().get(0).id())
                .containsExactly("empadronamiento-alta");
        assertThat(chat.conversation().slot(DialogueSlots.FORM_STEP)).contains(AppointmentSlots.OFFICE);

        chat.say("Vivo en Arganzuela");
        assertThat(chat.said()).contains("Paseo de la Chopera, 10");
    }

    @Test
    void aQuestionAboutAnotherProcedureInTheMiddleOfABookingIsNotAnsweredForTheBookedOne() {
        AppointmentChat chat = new AppointmentChat();
        chat.say("Quiero pedir cita para empadronarme");

        chat.say("¿Qué documentos necesito para pagar el IBI?");

        assertThat(chat.said()).doesNotContain("Hoja padronal").contains(AppointmentForm.ASK_OFFICE);
    }

    @Test
    void whenAndWhereInTheMiddleOfABookingAreNotReadAsQuestionsAboutTheProcedure() {
        AppointmentChat chat = new AppointmentChat();
        chat.say("Quiero pedir cita para empadronarme");

        chat.say("¿y cuándo?");

        assertThat(chat.lastTurn()).noneMatch(KnowledgeConsulted.class::isInstance);
        assertThat(chat.said()).contains(AppointmentForm.ASK_OFFICE);
    }

    @Test
    void aProcedureWithoutAppointmentIsExplainedAndAnUnknownOneAskedAgain() {
        AppointmentChat chat = new AppointmentChat();
        chat.tap(AppointmentSlots.MENU_BOOK);

        chat.say("el volante de empadronamiento");
        assertThat(chat.conversation().slot(AppointmentSlots.PROCEDURE)).isEmpty();
        assertThat(chat.said()).contains("«Volante de empadronamiento» no hace falta cita previa");

        chat.say("xyzzy plugh");
        assertThat(chat.conversation().slot(AppointmentSlots.PROCEDURE)).isEmpty();
        assertThat(chat.said()).contains("¿Para qué trámite");
        assertThat(chat.optionLabels()).contains(ALTA);
    }

    @Test
    void choosesTheOfficeByPostcodeAndTakesSeveralFactsAtOnce() {
        AppointmentChat chat = new AppointmentChat();

        chat.say("Quiero cita para empadronarme, mi código postal es 28007");

        assertThat(chat.conversation().slot(AppointmentSlots.PROCEDURE)).contains("empadronamiento-alta");
        assertThat(chat.conversation().slot(AppointmentSlots.OFFICE)).contains(CalendarFixture.RETIRO);
        assertThat(chat.conversation().slot(DialogueSlots.FORM_STEP)).contains(AppointmentSlots.START);
        assertThat(chat.said()).contains("Línea Madrid Retiro", "Plaza Daoíz y Velarde, 1");
    }

    @Test
    void anOfficeThatDoesNotBookTheProcedureGivesWayToTheNearestThatDoes() {
        AppointmentChat chat = new AppointmentChat();
        chat.say("Quiero pedir cita para empadronarme");

        chat.say("vivo en el barrio de Salamanca");

        // Salamanca's office is not in the calendar; Retiro's is the nearest that books the Padrón.
        assertThat(chat.conversation().slot(AppointmentSlots.OFFICE)).contains(CalendarFixture.RETIRO);
        assertThat(chat.said()).contains("Línea Madrid Retiro");
    }

    @Test
    void aSharedLocationPicksTheNearestOffice() {
        AppointmentChat chat = new AppointmentChat();
        chat.say("Quiero pedir cita para empadronarme");

        chat.share(new GeoPoint(40.3950, -3.7000));

        assertThat(chat.conversation().slot(AppointmentSlots.OFFICE)).contains(CalendarFixture.ARGANZUELA);
        assertThat(chat.said()).contains("Paseo de la Chopera, 10");
    }

    @Test
    void honoursThePreferredDayAndTime() {
        AppointmentChat chat = new AppointmentChat();

        chat.say("Quiero cita para empadronarme en Retiro el martes por la tarde");

        ZonedDateTime tuesdayAfternoon = ZonedDateTime.of(2026, 12, 1, 16, 0, 0, 0, CalendarFixture.MADRID);
        assertThat(chat.conversation().slot(AppointmentSlots.DAY)).contains("2026-12-01");
        assertThat(chat.conversation().slot(AppointmentSlots.HOUR)).contains("16:00");
        assertThat(chat.optionLabels()).first().isEqualTo(label(tuesdayAfternoon));
        assertThat(chat.said()).contains("más cercanas a lo que pides");

        chat.say("mejor el jueves a las 10");
        assertThat(chat.optionLabels())
                .first()
                .isEqualTo(label(ZonedDateTime.of(2026, 12, 3, 10, 0, 0, 0, CalendarFixture.MADRID)));
    }

    @Test
    void aPastDateIsSaidAndTheFirstFreeTimesOffered() {
        AppointmentChat chat = new AppointmentChat();

        chat.say("Quiero cita para empadronarme en Retiro el 3/11/2026");

        assertThat(chat.said()).contains("Esa fecha ya ha pasado");
        List<Slot> free = firstFree(chat, CalendarFixture.RETIRO);
        assertThat(chat.optionLabels()).first().isEqualTo(label(free.get(0).start()));
    }

    @Test
    void aTimeTakenBeforeTheConfirmationIsOfferedAgainAndTheNextOneBooked() {
        AppointmentChat chat = new AppointmentChat();
        chat.say("Quiero cita para empadronarme en Retiro");
        ZonedDateTime chosen = firstFree(chat, CalendarFixture.RETIRO).get(0).start();
        chat.choose(label(chosen));
        chat.say("Almudena Ruiz");
        chat.say("600 123 456");
        assertThat(chat.said()).contains("por SMS al número acabado en 456");
        // Both desks of that time are taken by others before Almudena confirms.
        for (int desk = 0; desk < CalendarFixture.PADRON_DESKS; desk++) {
            chat.calendar.book(new Booking(
                    CalendarFixture.RETIRO, CalendarFixture.PADRON, null, chosen, "Otra", null, "other-" + desk, null));
        }

        chat.say("sí");

        assertThat(chat.said()).contains("se acaba de ocupar");
        assertThat(chat.lastTurn()).noneMatch(e -> e instanceof ActionExecuted);
        assertThat(chat.conversation().slot(AppointmentSlots.START)).isEmpty();
        assertThat(chat.optionLabels()).isNotEmpty().doesNotContain(label(chosen));

        chat.choose(chat.optionLabels().get(0));
        assertThat(chat.conversation().slot(DialogueSlots.FORM_STEP)).contains(DialogueSlots.CONFIRM_STEP);
        chat.say("sí");
        ActionExecuted action = action(chat);
        assertThat(action.succeeded()).isTrue();
        assertThat(chat.reminders.reminderOf(action.reference()).orElseThrow().channel())
                .isEqualTo(ReminderChannel.SMS);
    }

    @Test
    void withNoFreeTimeAtTheOfficeOtherOfficesAreOffered() {
        AppointmentChat chat =
                new AppointmentChat(Channel.WEB, CitizenProfile.anonymous(), noFreeTimeAt(CalendarFixture.RETIRO));

        chat.say("Quiero cita para empadronarme en Retiro");

        assertThat(chat.said()).contains("No quedan citas libres", "Línea Madrid Retiro");
        assertThat(chat.optionLabels()).containsExactly("Línea Madrid Arganzuela");
        chat.choose("Línea Madrid Arganzuela");
        assertThat(chat.conversation().slot(AppointmentSlots.OFFICE)).contains(CalendarFixture.ARGANZUELA);
        assertThat(chat.said()).contains("Las primeras citas libres en Línea Madrid Arganzuela");
    }

    @Test
    void whenTheSystemDoesNotAnswerTheCitizenIsToldPlainly() {
        AppointmentChat chat = new AppointmentChat(Channel.WEB, CitizenProfile.anonymous(), down());

        chat.say("Quiero cita para empadronarme en Retiro");

        assertThat(chat.said()).contains("el sistema de citas no responde", "010");
        assertThat(chat.conversation().slot(DialogueSlots.FORM)).contains(AppointmentSlots.FORM);
    }

    @Test
    void aBookingKeptForLaterIsSaidAndNoActionRecorded() {
        AppointmentChat chat = new AppointmentChat(Channel.WEB, CitizenProfile.anonymous(), keptForLater());
        chat.say("Quiero cita para empadronarme en Retiro");
        chat.choose(chat.optionLabels().get(0));
        chat.say("Almudena Ruiz");
        chat.choose("Aquí en el chat");

        chat.say("sí");

        assertThat(chat.said()).contains("tu petición está guardada");
        assertThat(chat.lastTurn()).noneMatch(e -> e instanceof ActionExecuted);
        assertThat(chat.conversation().slot(DialogueSlots.FORM)).isEmpty();
    }

    @Test
    void onWhatsAppTheReminderGoesByWhatsAppWithoutAskingForAPhone() {
        AppointmentChat chat = new AppointmentChat(
                Channel.WHATSAPP,
                new CitizenProfile("Almudena", null, null, null, null, null),
                UnaryOperator.identity());
        chat.say("Quiero cita para empadronarme en Arganzuela el jueves");
        chat.choose(chat.optionLabels().get(0));

        assertThat(chat.conversation().slot(DialogueSlots.FORM_STEP)).contains(DialogueSlots.CONFIRM_STEP);
        assertThat(chat.said()).contains("A nombre de: Almudena", "por WhatsApp");
        chat.say("sí");

        ActionExecuted action = action(chat);
        Reminder reminder = chat.reminders.reminderOf(action.reference()).orElseThrow();
        assertThat(reminder.channel()).isEqualTo(ReminderChannel.WHATSAPP);
        assertThat(reminder.request().conversationId())
                .isEqualTo(chat.conversation().id());
        assertThat(reminder.status()).isEqualTo(ReminderStatus.SCHEDULED);
        Appointment booked = chat.book.find(action.reference()).valueIfDone().orElseThrow();
        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    private static List<Slot> firstFree(AppointmentChat chat, String office) {
        return chat.book
                .freeSlots(SlotQuery.firstAvailable(office, CalendarFixture.PADRON, chat.now()))
                .valueIfDone()
                .orElseThrow();
    }

    private static String label(ZonedDateTime start) {
        return AppointmentTexts.label(start, CalendarFixture.MADRID);
    }

    private static ActionExecuted action(AppointmentChat chat) {
        return chat.lastTurn().stream()
                .filter(e -> e instanceof ActionExecuted)
                .map(ActionExecuted.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no action in: " + chat.said()));
    }

    private static UnaryOperator<AppointmentBook> noFreeTimeAt(String office) {
        return book -> new FaultyBook(book) {
            @Override
            public Outcome<List<Slot>> freeSlots(SlotQuery query) {
                return query.officeId().equals(office) ? Outcome.done(List.of()) : super.freeSlots(query);
            }
        };
    }

    private static UnaryOperator<AppointmentBook> down() {
        return book -> new FaultyBook(book) {
            @Override
            public Outcome<List<Slot>> freeSlots(SlotQuery query) {
                return Outcome.failed(Failure.UNAVAILABLE, "timeout");
            }

            @Override
            public Outcome<Appointment> find(String id) {
                return Outcome.failed(Failure.UNAVAILABLE, "timeout");
            }
        };
    }

    private static UnaryOperator<AppointmentBook> keptForLater() {
        return book -> new FaultyBook(book) {
            @Override
            public Outcome<Appointment> book(Booking booking) {
                return Outcome.pending("ticket-1");
            }
        };
    }

    /** Passes everything to the real book; tests override what fails. */
    static class FaultyBook extends ForwardingAppointmentBook {
        FaultyBook(AppointmentBook book) {
            super(book);
        }
    }
}
