package es.madrid.linea.bot.appointments;

import es.madrid.linea.bot.testing.AppointmentBookContract;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import java.util.OptionalInt;

class InMemoryAppointmentBookTest extends AppointmentBookContract {

    @Override
    protected AppointmentBook newBook(TestClock clock) {
        return CalendarAppointmentBook.inMemory(CalendarFixture.calendar(), clock, new SequentialIds("A"));
    }

    @Override
    protected OptionalInt capacity() {
        return OptionalInt.of(CalendarFixture.PADRON_DESKS);
    }
}
