package es.madrid.linea.bot.appointments;

import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.IdSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An appointment book that is its own calendar: the rules of an {@link OfficeCalendar} over a {@link CalendarStore}.
 * With {@link InMemoryCalendarStore} it is the in-memory book for tests; with the application's database store it is
 * the embedded default. Nothing here is ever pending: the calendar is always there.
 */
public final class CalendarAppointmentBook implements AppointmentBook {

    private final OfficeCalendar calendar;
    private final CalendarStore store;
    private final Clock clock;
    private final IdSource ids;

    public CalendarAppointmentBook(OfficeCalendar calendar, CalendarStore store, Clock clock, IdSource ids) {
        this.calendar = calendar;
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /** A book kept in memory, for tests. */
    public static CalendarAppointmentBook inMemory(OfficeCalendar calendar, Clock clock, IdSource ids) {
        return new CalendarAppointmentBook(calendar, new InMemoryCalendarStore(), clock, ids);
    }

    @Override
    public Outcome<List<BookableService>> services() {
        return Outcome.done(calendar.services());
    }

    @Override
    public Outcome<List<String>> offices(String serviceId) {
        return service(serviceId).map(calendar::officesOf);
    }

    @Override
    public Outcome<List<Slot>> freeSlots(SlotQuery query) {
        return service(query.serviceId()).flatMap(service -> {
            if (!calendar.offers(query.officeId(), service)) {
                return Outcome.failed(
                        Failure.REJECTED, "office " + query.officeId() + " does not book " + service.id());
            }
            var booked = store.bookedCounts(
                    query.officeId(),
                    service.id(),
                    query.from().toInstant(),
                    query.to().toInstant());
            return Outcome.done(calendar.freeSlots(query, service, clock.instant(), booked));
        });
    }

    @Override
    public Outcome<Appointment> book(Booking booking) {
        Instant now = clock.instant();
        Optional<Appointment> known = store.byKey(booking.idempotencyKey());
        if (known.isPresent()) {
            return Outcome.done(known.get().asOf(now));
        }
        return service(booking.serviceId()).flatMap(service -> {
            Optional<String> refusal = calendar.whyNotBookable(booking.officeId(), service, booking.start(), now);
            if (refusal.isPresent()) {
                return Outcome.failed(Failure.REJECTED, refusal.get());
            }
            ZonedDateTime start = booking.start().withZoneSameInstant(calendar.zone());
            Appointment appointment = new Appointment(
                    ids.newId(),
                    booking.procedureId(),
                    service.id(),
                    booking.officeId(),
                    start,
                    start.plus(service.slotLength()),
                    AppointmentStatus.BOOKED);
            CalendarStore.Placement placement = store.insert(appointment, booking, service.capacity());
            if (placement == CalendarStore.Placement.PLACED) {
                return Outcome.done(appointment);
            }
            if (placement == CalendarStore.Placement.DUPLICATE_KEY) {
                // Another request with the same key won the race: it is the same booking.
                return Outcome.done(
                        store.byKey(booking.idempotencyKey()).orElseThrow().asOf(now));
            }
            return Outcome.failed(Failure.SLOT_TAKEN, "no free place at " + start);
        });
    }

    @Override
    public Outcome<Appointment> cancel(String appointmentId) {
        Instant now = clock.instant();
        return stored(appointmentId).flatMap(appointment -> {
            if (appointment.status() == AppointmentStatus.CANCELLED) {
                return Outcome.done(appointment);
            }
            if (!appointment.isChangeableAt(now)) {
                return Outcome.failed(Failure.NOT_CHANGEABLE, "appointment " + appointmentId + " has started");
            }
            store.cancel(appointmentId, now);
            return Outcome.done(store.byId(appointmentId).orElseThrow().asOf(now));
        });
    }

    @Override
    public Outcome<Appointment> move(String appointmentId, ZonedDateTime newStart) {
        Instant now = clock.instant();
        return stored(appointmentId).flatMap(appointment -> {
            if (!appointment.isChangeableAt(now)) {
                return Outcome.failed(
                        Failure.NOT_CHANGEABLE, "appointment " + appointmentId + " is cancelled or has started");
            }
            if (appointment.start().toInstant().equals(newStart.toInstant())) {
                return Outcome.done(appointment);
            }
            CalendarService service = calendar.service(appointment.serviceId()).orElseThrow();
            Optional<String> refusal = calendar.whyNotBookable(appointment.officeId(), service, newStart, now);
            if (refusal.isPresent()) {
                return Outcome.failed(Failure.REJECTED, refusal.get());
            }
            ZonedDateTime start = newStart.withZoneSameInstant(calendar.zone());
            CalendarStore.Placement placement =
                    store.moveTo(appointmentId, start, start.plus(service.slotLength()), service.capacity());
            if (placement != CalendarStore.Placement.PLACED) {
                return Outcome.failed(Failure.SLOT_TAKEN, "no free place at " + start);
            }
            return Outcome.done(store.byId(appointmentId).orElseThrow().asOf(now));
        });
    }

    @Override
    public Outcome<Appointment> find(String appointmentId) {
        Instant now = clock.instant();
        return stored(appointmentId).map(appointment -> appointment.asOf(now));
    }

    private Outcome<Appointment> stored(String appointmentId) {
        return store.byId(appointmentId)
                .<Outcome<Appointment>>map(Outcome::done)
                .orElseGet(() -> Outcome.failed(Failure.NOT_FOUND, "no appointment " + appointmentId));
    }

    private Outcome<CalendarService> service(String serviceId) {
        return calendar.service(serviceId)
                .<Outcome<CalendarService>>map(Outcome::done)
                .orElseGet(() -> Outcome.failed(Failure.NOT_FOUND, "no service " + serviceId));
    }
}
