package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.BookableService;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.knowledge.DocumentsToBring;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderDetails;
import es.madrid.linea.bot.notifications.ReminderRequest;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Books an office appointment for the citizen with its reminder on their channel, records it in the conversation and
 * tells the citizen the office, its address, the day and time, the reference and the documents to bring.
 */
final class AppointmentBooking {

    static final String ACTION = Conversation.BOOK_APPOINTMENT;

    private final RemindedAppointmentBook book;
    private final Notifications notifications;
    private final BookableProcedures procedures;
    private final BookingPlaces places;
    private final OnBehalf onBehalf;
    private final ActionTexts texts;
    private final ZoneId zone;

    AppointmentBooking(
            RemindedAppointmentBook book,
            Notifications notifications,
            BookableProcedures procedures,
            BookingPlaces places,
            OnBehalf onBehalf,
            ActionTexts texts,
            ZoneId zone) {
        this.book = book;
        this.notifications = notifications;
        this.procedures = procedures;
        this.places = places;
        this.onBehalf = onBehalf;
        this.texts = texts;
        this.zone = zone;
    }

    /** The request checked against the content and the office directory, ready for the appointment system. */
    record Prepared(
            Procedure procedure,
            Office office,
            ZonedDateTime start,
            String name,
            String phone,
            ReminderChannel reminder) {}

    List<SlotChoice> freeSlots(String procedureId, String officeId, LocalDate from) {
        Procedure procedure = procedures.bookable(procedureId).orElseThrow(AppointmentDrafts::notBookable);
        Office office = office(officeId);
        Outcome<List<SlotChoice>> slots =
                places.service(procedure).flatMap(service -> places.freeSlots(service, office.id(), from));
        if (slots instanceof Outcome.Done<List<SlotChoice>> done) {
            return done.value();
        }
        Failure failure = slots.failureIfFailed().orElse(Failure.UNAVAILABLE);
        if (failure == Failure.REJECTED) {
            throw new RoutingRefusal("not_bookable_here", "Esa oficina no da cita para este trámite. Elige otra.");
        }
        throw new RoutingRefusal("backoffice_unavailable", texts.appointmentNotBooked(failure, null));
    }

    /** Checks the form before anything is queued, so the agent hears of a mistake at once. */
    Prepared prepare(AppointmentRequest request) {
        request.checkIds();
        Procedure procedure = procedures.bookable(request.procedureId()).orElseThrow(AppointmentDrafts::notBookable);
        Office office = office(request.officeId());
        ReminderChannel reminder = request.reminderChannel();
        Optional<String> phone = request.normalisedPhone();
        if (reminder != ReminderChannel.WEB && phone.isEmpty()) {
            throw AppointmentRequest.invalid("Para el recordatorio por SMS o WhatsApp hace falta el teléfono.");
        }
        return new Prepared(procedure, office, request.startIn(zone), request.name(), phone.orElse(null), reminder);
    }

    ActionResult book(String agent, AppointmentRequest request, Prepared prepared) {
        Outcome<BookableService> service = places.service(prepared.procedure());
        if (!(service instanceof Outcome.Done<BookableService> found)) {
            return failed(request, service.failureIfFailed().orElse(Failure.UNAVAILABLE), null);
        }
        ReminderDetails details = new ReminderDetails(
                prepared.office().name(),
                address(prepared.office()),
                prepared.procedure().title(),
                DocumentsToBring.of(prepared.procedure()));
        Booking booking = new Booking(
                prepared.office().id(),
                found.value().id(),
                prepared.procedure().id(),
                prepared.start(),
                prepared.name(),
                prepared.phone(),
                request.idempotencyKey(),
                request.conversationId());
        Outcome<Appointment> outcome = book.bookAndRemind(booking, reminder(request, prepared, details));
        if (outcome instanceof Outcome.Done<Appointment> done) {
            Appointment appointment = done.value();
            ReminderChannel remindedBy = notifications
                    .reminderOf(appointment.id())
                    .filter(r -> r.status() == ReminderStatus.SCHEDULED)
                    .map(r -> r.channel())
                    .orElse(null);
            onBehalf.done(
                    request.conversationId(),
                    agent,
                    ACTION,
                    appointment.id(),
                    texts.appointmentBooked(appointment, details, remindedBy));
            return ActionResult.done(
                    request, ACTION, appointment.id(), texts.appointmentBookedForAgent(appointment, details));
        }
        if (outcome instanceof Outcome.Pending<Appointment>) {
            onBehalf.tell(request.conversationId(), agent, texts.appointmentKept(prepared.start(), details));
            return ActionResult.pending(request, ACTION, texts.appointmentKeptForAgent());
        }
        Outcome.Failed<Appointment> failed = (Outcome.Failed<Appointment>) outcome;
        return failed(request, failed.failure(), failed.detail());
    }

    private ActionResult failed(AppointmentRequest request, Failure failure, String detail) {
        return ActionResult.failed(
                request, ACTION, failure.name().toLowerCase(Locale.ROOT), texts.appointmentNotBooked(failure, detail));
    }

    private static ReminderRequest reminder(AppointmentRequest request, Prepared prepared, ReminderDetails details) {
        if (prepared.reminder() == ReminderChannel.WEB) {
            return ReminderRequest.web(request.conversationId(), details);
        }
        return new ReminderRequest(prepared.reminder(), prepared.phone(), request.conversationId(), details);
    }

    private Office office(String officeId) {
        return places.office(officeId)
                .orElseThrow(() -> new RoutingRefusal("unknown_office", "Elige una de las oficinas de la lista."));
    }

    private static String address(Office office) {
        return office.postcode() == null ? office.address() : office.address() + ", " + office.postcode();
    }
}
