package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.backoffice.pending.Attempt;
import es.madrid.linea.backoffice.pending.FollowUp;
import es.madrid.linea.backoffice.pending.KeptRequest;
import es.madrid.linea.backoffice.pending.KeptRequestHandler;
import es.madrid.linea.backoffice.pending.KeptRequests;
import es.madrid.linea.backoffice.remote.LastKnown;
import es.madrid.linea.backoffice.remote.RemoteFailure;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.AppointmentStatus;
import es.madrid.linea.bot.appointments.BookableService;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.notifications.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Qmatic appointment system as an {@link AppointmentBook} that loses nothing and books nothing twice. Bookings and
 * cancellations go through the {@link KeptRequests} ledger under their idempotency keys; when Qmatic does not answer
 * they are kept and retried (the conversation is told, reminders follow). Qmatic cannot be searched for a booking
 * whose answer was lost, so such a booking is never sent again: it goes to people to check. A move is a new booking
 * that replaces the old one (Qmatic gives it a new reference), the old one cancelled once the new one is made.
 */
final class KeptAppointmentBook implements AppointmentBook, KeptRequestHandler {

    static final String BOOK = FollowUp.BOOK_APPOINTMENT;
    static final String CANCEL = FollowUp.CANCEL_APPOINTMENT;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How many days of times are read at most for one query (each day is one call). */
    private static final int MOST_DAYS = 10;

    private final QmaticClient client;
    private final Map<String, String> branchOfOffice;
    private final Map<String, String> officeOfBranch = new HashMap<>();
    private final KeptRequests kept;
    private final FollowUp followUp;
    private final Notifications notifications;
    private final ZoneId zone;
    private final Clock clock;
    private final LastKnown<List<QmaticClient.Service>> services = new LastKnown<>();

    /** What a kept booking carries: the booking, and the appointment it replaces when it is a move. */
    record BookingOrder(Booking booking, String replaces) {}

    /** What a kept cancellation carries. */
    record CancelOrder(String appointmentId) {}

    /** @param branchOfOffice Qmatic branch public ids by office id; an office not there is taken as a branch id */
    KeptAppointmentBook(
            QmaticClient client,
            Map<String, String> branchOfOffice,
            KeptRequests kept,
            FollowUp followUp,
            Notifications notifications,
            ZoneId zone,
            Clock clock) {
        this.client = client;
        this.branchOfOffice = Map.copyOf(branchOfOffice);
        branchOfOffice.forEach((office, branch) -> officeOfBranch.put(branch, office));
        this.kept = kept;
        this.followUp = followUp;
        this.notifications = notifications;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public Outcome<List<BookableService>> services() {
        return qmaticServices()
                .map(services -> services.stream()
                        .filter(QmaticClient.Service::bookable)
                        .map(s -> new BookableService(s.publicId(), s.name(), s.duration()))
                        .toList());
    }

    @Override
    public Outcome<List<String>> offices(String serviceId) {
        return service(serviceId).flatMap(service -> {
            try {
                return Outcome.done(client.branchesOf(serviceId).stream()
                        .map(branch -> officeOfBranch.getOrDefault(branch, branch))
                        .toList());
            } catch (RemoteFailure e) {
                return Outcome.failed(Failure.UNAVAILABLE, e.getMessage());
            }
        });
    }

    @Override
    public Outcome<List<Slot>> freeSlots(SlotQuery query) {
        return service(query.serviceId()).flatMap(service -> {
            try {
                return Outcome.done(slots(query, service));
            } catch (RemoteFailure e) {
                if (e.kind() == RemoteFailure.Kind.NOT_FOUND || e.kind() == RemoteFailure.Kind.REFUSED) {
                    return Outcome.failed(Failure.REJECTED, e.getMessage());
                }
                return Outcome.failed(Failure.UNAVAILABLE, e.getMessage());
            }
        });
    }

    @Override
    public Outcome<Appointment> book(Booking booking) {
        return submitBooking(new BookingOrder(booking, null));
    }

    @Override
    public Outcome<Appointment> cancel(String appointmentId) {
        return kept.submit(
                CANCEL,
                cancelKey(appointmentId),
                conversationOf(appointmentId),
                JSON.writeValueAsString(new CancelOrder(appointmentId)),
                request -> sendCancel(appointmentId),
                this::readAppointment);
    }

    @Override
    public Outcome<Appointment> move(String appointmentId, ZonedDateTime newStart) {
        Outcome<Appointment> current = find(appointmentId);
        if (!(current instanceof Outcome.Done<Appointment> done)) {
            return current;
        }
        Appointment appointment = done.value();
        if (!appointment.isChangeableAt(clock.instant())) {
            return Outcome.failed(Failure.NOT_CHANGEABLE, "appointment " + appointmentId + " cannot change");
        }
        if (appointment.start().toInstant().equals(newStart.toInstant())) {
            return current;
        }
        Booking booking = new Booking(
                appointment.officeId(),
                appointment.serviceId(),
                appointment.procedureId(),
                newStart,
                null,
                null,
                "move:" + appointmentId + ":" + newStart.toInstant(),
                conversationOf(appointmentId));
        return submitBooking(new BookingOrder(booking, appointmentId));
    }

    @Override
    public Outcome<Appointment> find(String appointmentId) {
        try {
            return Outcome.done(appointment(client.appointment(appointmentId)).asOf(clock.instant()));
        } catch (RemoteFailure e) {
            if (e.kind() == RemoteFailure.Kind.NOT_FOUND || e.kind() == RemoteFailure.Kind.REFUSED) {
                // Qmatic forgets deleted appointments: the ledger remembers the ones cancelled here.
                return kept.byKey(CANCEL, cancelKey(appointmentId))
                        .filter(request -> request.state() == KeptRequest.State.DONE && request.result() != null)
                        .<Outcome<Appointment>>map(request -> Outcome.done(readAppointment(request.result())))
                        .orElseGet(() -> Outcome.failed(Failure.NOT_FOUND, "no appointment " + appointmentId));
            }
            return Outcome.failed(Failure.UNAVAILABLE, e.getMessage());
        }
    }

    @Override
    public Set<String> kinds() {
        return Set.of(BOOK, CANCEL);
    }

    @Override
    public Attempt attempt(KeptRequest request) {
        if (CANCEL.equals(request.kind())) {
            return sendCancel(
                    JSON.readValue(request.payload(), CancelOrder.class).appointmentId());
        }
        if (request.uncertain()) {
            return new Attempt.NeedsPerson("the appointment system may have booked it: look for external id "
                    + request.idempotencyKey() + " in Qmatic before booking again");
        }
        return sendBooking(JSON.readValue(request.payload(), BookingOrder.class));
    }

    @Override
    public void settled(KeptRequest request, Attempt outcome) {
        boolean done = outcome instanceof Attempt.Succeeded && request.result() != null;
        if (CANCEL.equals(request.kind())) {
            String appointmentId =
                    JSON.readValue(request.payload(), CancelOrder.class).appointmentId();
            if (done) {
                notifications.cancel(appointmentId);
                followUp.appointmentCancelled(
                        request.conversationId(), request.id(), readAppointment(request.result()));
            } else {
                followUp.notDone(request.conversationId(), request.id(), CANCEL, request.lastError());
            }
            return;
        }
        BookingOrder order = JSON.readValue(request.payload(), BookingOrder.class);
        if (done) {
            Appointment appointment = readAppointment(request.result());
            if (order.replaces() == null) {
                notifications.reschedule(request.id(), appointment.id(), appointment.start());
                followUp.appointmentBooked(request.conversationId(), request.id(), appointment);
            } else {
                notifications.reschedule(order.replaces(), appointment.id(), appointment.start());
                followUp.appointmentMoved(request.conversationId(), request.id(), order.replaces(), appointment);
            }
        } else {
            if (order.replaces() == null) {
                notifications.cancel(request.id());
            }
            String action = order.replaces() == null ? BOOK : FollowUp.MOVE_APPOINTMENT;
            followUp.notDone(request.conversationId(), request.id(), action, request.lastError());
        }
    }

    private Outcome<Appointment> submitBooking(BookingOrder order) {
        Booking booking = order.booking();
        return kept.submit(
                BOOK,
                booking.idempotencyKey(),
                booking.conversationId(),
                JSON.writeValueAsString(order),
                request -> sendBooking(order),
                this::readAppointment);
    }

    private Attempt sendBooking(BookingOrder order) {
        Booking booking = order.booking();
        String branch = branchOfOffice.getOrDefault(booking.officeId(), booking.officeId());
        ZonedDateTime start = booking.start().withZoneSameInstant(zone);
        try {
            // Qmatic lists free times only: a taken time and one never offered look the same, both SLOT_TAKEN.
            if (!client.times(branch, booking.serviceId(), start.toLocalDate()).contains(start.toLocalTime())) {
                return new Attempt.Refused(Failure.SLOT_TAKEN, "no free time at " + start);
            }
            QmaticClient.Booked booked = client.book(
                    branch,
                    booking.serviceId(),
                    start,
                    "Cibeles: " + (booking.procedureId() == null ? booking.serviceId() : booking.procedureId()),
                    booking.citizenName(),
                    booking.citizenPhone(),
                    booking.idempotencyKey(),
                    booking.procedureId());
            Appointment appointment = appointment(booked);
            if (order.replaces() != null) {
                cancel(order.replaces()); // kept too: if Qmatic does not answer, it is cancelled later
            }
            return new Attempt.Succeeded(appointment.id(), JSON.writeValueAsString(appointment));
        } catch (RemoteFailure e) {
            switch (e.kind()) {
                case REFUSED:
                    return e.status() == 409
                            ? new Attempt.Refused(Failure.SLOT_TAKEN, e.getMessage())
                            : new Attempt.Refused(Failure.REJECTED, e.getMessage());
                case NOT_FOUND:
                    return new Attempt.Refused(Failure.REJECTED, e.getMessage());
                case NOTHING_DONE:
                    return new Attempt.NotYet(false, null, e.getMessage());
                default:
                    return new Attempt.NotYet(true, null, e.getMessage());
            }
        }
    }

    private Attempt sendCancel(String appointmentId) {
        Appointment appointment;
        try {
            appointment = appointment(client.appointment(appointmentId));
        } catch (RemoteFailure e) {
            if (e.kind() == RemoteFailure.Kind.NOT_FOUND || e.kind() == RemoteFailure.Kind.REFUSED) {
                return new Attempt.Refused(Failure.NOT_FOUND, e.getMessage());
            }
            return new Attempt.NotYet(false, null, e.getMessage());
        }
        if (!appointment.isChangeableAt(clock.instant())) {
            return new Attempt.Refused(Failure.NOT_CHANGEABLE, "appointment " + appointmentId + " has started");
        }
        try {
            client.cancel(appointmentId);
        } catch (RemoteFailure e) {
            if (e.kind() != RemoteFailure.Kind.NOT_FOUND) {
                // Deleting again does no harm: not uncertain.
                return new Attempt.NotYet(false, null, e.getMessage());
            }
            // Gone already: an earlier attempt whose answer was lost did it.
        }
        Appointment cancelled = appointment.with(AppointmentStatus.CANCELLED);
        return new Attempt.Succeeded(appointmentId, JSON.writeValueAsString(cancelled));
    }

    private List<Slot> slots(SlotQuery query, QmaticClient.Service service) {
        String branch = branchOfOffice.getOrDefault(query.officeId(), query.officeId());
        ZonedDateTime now = clock.instant().atZone(zone);
        ZonedDateTime from = query.from().isBefore(now) ? now : query.from();
        LocalDate first = from.withZoneSameInstant(zone).toLocalDate();
        LocalDate last = query.to().withZoneSameInstant(zone).toLocalDate();
        List<LocalDate> dates = new ArrayList<>(client.dates(branch, service.publicId()).stream()
                .filter(date -> !date.isBefore(first) && !date.isAfter(last))
                .toList());
        Comparator<ZonedDateTime> order;
        if (query.preferred() == null) {
            order = Comparator.naturalOrder();
        } else {
            LocalDate wanted = query.preferred().withZoneSameInstant(zone).toLocalDate();
            dates.sort(Comparator.comparingLong(date -> Math.abs(ChronoUnit.DAYS.between(wanted, date))));
            order = Comparator.<ZonedDateTime>comparingLong(start -> Math.abs(
                            java.time.Duration.between(query.preferred(), start).toSeconds()))
                    .thenComparing(Comparator.naturalOrder());
        }
        List<ZonedDateTime> starts = new ArrayList<>();
        int read = 0;
        for (LocalDate date : dates) {
            if (read++ == MOST_DAYS || (query.preferred() == null && starts.size() >= query.limit())) {
                break;
            }
            for (LocalTime time : client.times(branch, service.publicId(), date)) {
                ZonedDateTime start = date.atTime(time).atZone(zone);
                if (start.isAfter(from) && start.isBefore(query.to())) {
                    starts.add(start);
                }
            }
        }
        return starts.stream()
                .sorted(order)
                .limit(query.limit())
                .map(start -> new Slot(query.officeId(), service.publicId(), start, start.plus(service.duration())))
                .toList();
    }

    private Outcome<QmaticClient.Service> service(String serviceId) {
        return qmaticServices()
                .flatMap(services -> services.stream()
                        .filter(service -> service.publicId().equals(serviceId))
                        .findFirst()
                        .<Outcome<QmaticClient.Service>>map(Outcome::done)
                        .orElseGet(() -> Outcome.failed(Failure.NOT_FOUND, "no service " + serviceId)));
    }

    private Outcome<List<QmaticClient.Service>> qmaticServices() {
        return services.ask(client::services);
    }

    private Appointment appointment(QmaticClient.Booked booked) {
        return new Appointment(
                booked.publicId(),
                booked.custom(),
                booked.serviceId(),
                officeOfBranch.getOrDefault(booked.branchId(), booked.branchId()),
                booked.start(),
                booked.end(),
                AppointmentStatus.BOOKED);
    }

    /** The conversation an appointment was booked in, when it was booked here. */
    private String conversationOf(String appointmentId) {
        return kept.byReference(BOOK, appointmentId)
                .map(KeptRequest::conversationId)
                .orElse(null);
    }

    private Appointment readAppointment(String json) {
        Appointment stored = JSON.readValue(json, Appointment.class);
        return new Appointment(
                        stored.id(),
                        stored.procedureId(),
                        stored.serviceId(),
                        stored.officeId(),
                        stored.start().withZoneSameInstant(zone),
                        stored.end().withZoneSameInstant(zone),
                        stored.status())
                .asOf(clock.instant());
    }

    private static String cancelKey(String appointmentId) {
        return "cancel:" + appointmentId;
    }
}
