package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.appointments.BookableService;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where and when a procedure can be booked: its service in the appointment system, the offices that give it (as the
 * office directory describes them) and their free times.
 */
final class BookingPlaces {

    /** How many free times the console lists at once. */
    static final int SLOTS_SHOWN = 12;

    private final AppointmentBook book;
    private final OfficeDirectory directory;
    private final Clock clock;
    private final ZoneId zone;

    BookingPlaces(AppointmentBook book, OfficeDirectory directory, Clock clock, ZoneId zone) {
        this.book = book;
        this.directory = directory;
        this.clock = clock;
        this.zone = zone;
    }

    Outcome<BookableService> service(Procedure procedure) {
        return book.serviceNamed(procedure.appointmentService());
    }

    /** The offices that give the service, in the appointment system's order; ids the directory does not know are left out. */
    Outcome<List<Office>> offices(BookableService service) {
        return book.offices(service.id())
                .map(ids -> ids.stream()
                        .map(directory::office)
                        .flatMap(Optional::stream)
                        .toList());
    }

    Optional<Office> office(String id) {
        return id == null || id.isBlank() ? Optional.empty() : directory.office(id);
    }

    /** The first free times at the office from {@code from} on (today when null or past). */
    Outcome<List<SlotChoice>> freeSlots(BookableService service, String officeId, LocalDate from) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone);
        ZonedDateTime start = from == null ? now : from.atStartOfDay(zone);
        if (start.isBefore(now)) {
            start = now;
        }
        SlotQuery query =
                SlotQuery.firstAvailable(officeId, service.id(), start).withLimit(SLOTS_SHOWN);
        return book.freeSlots(query)
                .map(slots -> slots.stream().map(this::choice).toList());
    }

    private SlotChoice choice(Slot slot) {
        String label = AppointmentTimes.day(slot.start(), zone) + " a las " + AppointmentTimes.time(slot.start(), zone);
        return new SlotChoice(slot.start().toOffsetDateTime().toString(), label);
    }
}
