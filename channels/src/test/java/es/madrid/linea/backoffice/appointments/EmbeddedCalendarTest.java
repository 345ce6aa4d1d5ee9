package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.backoffice.Databases;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.CalendarAppointmentBook;
import es.madrid.linea.bot.testing.AppointmentBookContract;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.TestClock;
import java.util.OptionalInt;

/** The embedded calendar on the database: the contract, racing bookings included, on H2. */
class EmbeddedCalendarTest extends AppointmentBookContract {

    @Override
    protected AppointmentBook newBook(TestClock clock) {
        return new CalendarAppointmentBook(
                CalendarFixture.calendar(),
                new JdbcCalendarStore(Databases.fresh(), CalendarFixture.MADRID, clock),
                clock,
                new AppointmentReferences());
    }

    @org.junit.jupiter.api.Test
    void aReferenceTypedInLowerCaseIsFound() {
        var slot = slots(1).get(0);
        var booked = done(book.book(booking(slot, "k-lower")));

        org.assertj.core.api.Assertions.assertThat(done(book.find(booked.id().toLowerCase(java.util.Locale.ROOT)))
                        .id())
                .isEqualTo(booked.id());
    }

    @Override
    protected OptionalInt capacity() {
        return OptionalInt.of(CalendarFixture.PADRON_DESKS);
    }
}
