package es.madrid.linea.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.AppointmentStatus;
import es.madrid.linea.bot.appointments.BookableService;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AppointmentBook} must do, whatever system is behind it. An adapter's test extends this class and
 * supplies a fresh, empty book on the given clock that offers the service {@value CalendarFixture#PADRON_NAME} at one
 * office at least, with the hours of a district office.
 */
public abstract class AppointmentBookContract {

    protected TestClock clock;
    protected AppointmentBook book;
    private final AtomicInteger keys = new AtomicInteger();

    /** A new, empty book that reads the time from {@code clock} (it starts on Monday morning). */
    protected abstract AppointmentBook newBook(TestClock clock);

    /**
     * What booking a time the office never offers may answer. Systems that list only free times (Qmatic) cannot tell
     * it from a taken time and answer {@code SLOT_TAKEN}: the dialogue offers other times either way.
     */
    protected Set<Failure> refusalsOfATimeNotOffered() {
        return Set.of(Failure.REJECTED);
    }

    /** How many citizens one slot of the service takes, when the test knows it. */
    protected OptionalInt capacity() {
        return OptionalInt.empty();
    }

    @BeforeEach
    void setUpBook() {
        clock = new TestClock(CalendarFixture.MONDAY_MORNING);
        book = newBook(clock);
    }

    @Test
    void servicesOfficesAndTheFirstFreeSlotsAreListed() {
        BookableService service = service();
        String office = office(service);
        List<Slot> slots = done(book.freeSlots(firstAvailable(office, service).withLimit(5)));

        assertThat(slots).hasSize(5);
        assertThat(slots).allSatisfy(slot -> {
            assertThat(slot.officeId()).isEqualTo(office);
            assertThat(slot.serviceId()).isEqualTo(service.id());
            assertThat(slot.start().toInstant()).isAfter(clock.instant());
            assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(service.duration());
        });
        assertThat(slots).extracting(Slot::start).isSortedAccordingTo(ZonedDateTime::compareTo);
    }

    @Test
    void aBookedAppointmentIsFoundWithItsDetails() {
        Slot slot = slots(3).get(0);

        Appointment booked = done(book.book(booking(slot, "k-1")));

        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        Appointment found = done(book.find(booked.id()));
        assertThat(found.id()).isEqualTo(booked.id());
        assertThat(found.officeId()).isEqualTo(slot.officeId());
        assertThat(found.serviceId()).isEqualTo(slot.serviceId());
        assertThat(found.procedureId()).isEqualTo("empadronamiento-alta");
        assertThat(found.start().toInstant()).isEqualTo(slot.start().toInstant());
        assertThat(found.end().toInstant()).isEqualTo(slot.end().toInstant());
        assertThat(found.start().getZone()).isEqualTo(CalendarFixture.MADRID);
        assertThat(found.status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void bookingTwiceWithTheSameKeyBooksOnce() {
        Slot slot = slots(3).get(0);

        Appointment first = done(book.book(booking(slot, "k-1")));
        Appointment again = done(book.book(booking(slot, "k-1")));

        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void aFullSlotIsRefusedAndNoLongerOffered() {
        Slot slot = slots(3).get(0);
        int booked = 0;
        Outcome<Appointment> outcome = book.book(booking(slot, "k-0"));
        while (outcome.isDone() && booked < 20) {
            booked++;
            outcome = book.book(booking(slot, "k-" + booked));
        }

        assertThat(booked).isPositive();
        assertThat(outcome.failureIfFailed()).contains(Failure.SLOT_TAKEN);
        assertThat(slots(10))
                .extracting(s -> s.start().toInstant())
                .doesNotContain(slot.start().toInstant());
        if (capacity().isPresent()) {
            assertThat(booked).isEqualTo(capacity().getAsInt());
        }
    }

    @Test
    void bookingsRacingForOneSlotNeverOverfillIt() throws Exception {
        Slot slot = slots(3).get(1);
        int racers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Callable<Outcome<Appointment>>> attempts = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String key = "race-" + i;
                attempts.add(() -> book.book(booking(slot, key)));
            }
            List<Appointment> booked = new ArrayList<>();
            for (Future<Outcome<Appointment>> result : pool.invokeAll(attempts)) {
                Outcome<Appointment> outcome = result.get();
                outcome.valueIfDone().ifPresent(booked::add);
                if (!outcome.isDone()) {
                    assertThat(outcome.failureIfFailed()).contains(Failure.SLOT_TAKEN);
                }
            }

            assertThat(booked).extracting(Appointment::id).doesNotHaveDuplicates();
            assertThat(booked.size()).isLessThan(racers);
            assertThat(book.book(booking(slot, "late")).failureIfFailed()).contains(Failure.SLOT_TAKEN);
            if (capacity().isPresent()) {
                assertThat(booked).hasSize(capacity().getAsInt());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelledAppointmentFreesItsPlace() {
        Slot slot = slots(3).get(0);
        Appointment booked = fill(slot);

        Appointment cancelled = done(book.cancel(booked.id()));

        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(done(book.find(booked.id())).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(done(book.cancel(booked.id())).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(book.book(booking(slot, "after-cancel")).isDone()).isTrue();
    }

    @Test
    void aMovedAppointmentIsAtItsNewTime() {
        List<Slot> slots = slots(3);
        Appointment booked = done(book.book(booking(slots.get(0), "k-1")));

        Appointment moved = done(book.move(booked.id(), slots.get(2).start()));

        assertThat(moved.start().toInstant()).isEqualTo(slots.get(2).start().toInstant());
        assertThat(moved.status()).isEqualTo(AppointmentStatus.BOOKED);
        Appointment found = done(book.find(moved.id()));
        assertThat(found.start().toInstant()).isEqualTo(slots.get(2).start().toInstant());
        assertThat(found.procedureId()).isEqualTo("empadronamiento-alta");
    }

    @Test
    void theSlotsNearestToAPreferredTimeComeFirst() {
        BookableService service = service();
        String office = office(service);
        Slot wanted = slots(6).get(4);

        List<Slot> near = done(book.freeSlots(SlotQuery.near(office, service.id(), wanted.start(), now())));

        assertThat(near).isNotEmpty();
        assertThat(near.get(0).start().toInstant()).isEqualTo(wanted.start().toInstant());
        assertThat(near).allSatisfy(slot -> assertThat(slot.start().toInstant()).isAfter(clock.instant()));
    }

    @Test
    void anUnknownAppointmentIsNotFound() {
        assertThat(book.find("NOPE1234").failureIfFailed()).contains(Failure.NOT_FOUND);
        assertThat(book.cancel("NOPE1234").failureIfFailed()).contains(Failure.NOT_FOUND);
        assertThat(book.move("NOPE1234", slots(1).get(0).start()).failureIfFailed())
                .contains(Failure.NOT_FOUND);
    }

    @Test
    void aTimeTheOfficeDoesNotOfferIsRejected() {
        BookableService service = service();
        ZonedDateTime night = now().plusDays(1).withHour(3).withMinute(17);
        Booking booking =
                new Booking(office(service), service.id(), "empadronamiento-alta", night, null, null, "k-night", null);

        assertThat(book.book(booking).failureIfFailed())
                .hasValueSatisfying(failure -> assertThat(failure).isIn(refusalsOfATimeNotOffered()));
    }

    @Test
    void anUnknownServiceIsNotFound() {
        assertThat(book.offices("no-such-service").failureIfFailed()).contains(Failure.NOT_FOUND);
        assertThat(book.serviceNamed("Nada que ver").failureIfFailed()).contains(Failure.NOT_FOUND);
    }

    @Test
    void aPastAppointmentIsDoneAndCannotBeChanged() {
        List<Slot> slots = slots(3);
        Appointment booked = done(book.book(booking(slots.get(0), "k-1")));

        clock.advance(Duration.between(clock.instant(), slots.get(0).end().toInstant())
                .plusMinutes(1));

        assertThat(done(book.find(booked.id())).status()).isEqualTo(AppointmentStatus.DONE);
        assertThat(book.cancel(booked.id()).failureIfFailed()).contains(Failure.NOT_CHANGEABLE);
    }

    protected BookableService service() {
        return done(book.serviceNamed("padrón: ALTAS, bajas y cambios de domicilio"));
    }

    protected String office(BookableService service) {
        List<String> offices = done(book.offices(service.id()));
        assertThat(offices).isNotEmpty();
        return offices.get(0);
    }

    protected ZonedDateTime now() {
        return clock.instant().atZone(CalendarFixture.MADRID);
    }

    protected SlotQuery firstAvailable(String office, BookableService service) {
        return SlotQuery.firstAvailable(office, service.id(), now());
    }

    protected List<Slot> slots(int how) {
        BookableService service = service();
        List<Slot> slots =
                done(book.freeSlots(firstAvailable(office(service), service).withLimit(how)));
        assertThat(slots).hasSize(how);
        return slots;
    }

    protected Booking booking(Slot slot, String key) {
        return new Booking(
                slot.officeId(),
                slot.serviceId(),
                "empadronamiento-alta",
                slot.start(),
                "Almudena",
                "+34600000001",
                key,
                "conversation-" + keys.incrementAndGet());
    }

    /** Books a slot until it is full; answers the first appointment. */
    private Appointment fill(Slot slot) {
        Appointment first = done(book.book(booking(slot, "fill-0")));
        for (int i = 1; i < 20 && book.book(booking(slot, "fill-" + i)).isDone(); i++) {
            // keep booking until the slot is full
        }
        return first;
    }

    protected static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return outcome.valueIfDone().orElseThrow();
    }
}
