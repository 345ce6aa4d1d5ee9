package es.madrid.linea.bot.appointments;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * An appointment at an office.
 *
 * @param id the booking system's reference; the citizen can quote it to cancel, move or ask
 * @param procedureId the procedure of the knowledge base it is for (e.g. {@code empadronamiento-alta}); may be null
 * @param serviceId the booking system's service
 * @param start in the council's zone (Europe/Madrid)
 */
public record Appointment(
        String id,
        String procedureId,
        String serviceId,
        String officeId,
        ZonedDateTime start,
        ZonedDateTime end,
        AppointmentStatus status) {

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an appointment ends after it starts");
        }
    }

    /** The same appointment as it stands at {@code now}: a booked one whose time has passed is done. */
    public Appointment asOf(Instant now) {
        if (status == AppointmentStatus.BOOKED && !end.toInstant().isAfter(now)) {
            return with(AppointmentStatus.DONE);
        }
        return this;
    }

    public Appointment with(AppointmentStatus newStatus) {
        return new Appointment(id, procedureId, serviceId, officeId, start, end, newStatus);
    }

    public Appointment at(ZonedDateTime newStart, ZonedDateTime newEnd) {
        return new Appointment(id, procedureId, serviceId, officeId, newStart, newEnd, status);
    }

    /** Booked and not yet started: the only state in which it can be cancelled or moved. */
    public boolean isChangeableAt(Instant now) {
        return status == AppointmentStatus.BOOKED && start.toInstant().isAfter(now);
    }
}
