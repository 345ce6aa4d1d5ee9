package es.madrid.linea.bot.appointments;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A calendar store in memory, for tests: one lock guards everything, so places are claimed one at a time. */
public final class InMemoryCalendarStore implements CalendarStore {

    private final Map<String, Appointment> byId = new LinkedHashMap<>();
    private final Map<String, String> idByKey = new HashMap<>();

    @Override
    public synchronized Optional<Appointment> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Appointment> byKey(String idempotencyKey) {
        return Optional.ofNullable(idByKey.get(idempotencyKey)).map(byId::get);
    }

    @Override
    public synchronized Map<Instant, Integer> bookedCounts(
            String officeId, String serviceId, Instant from, Instant to) {
        Map<Instant, Integer> counts = new HashMap<>();
        for (Appointment appointment : byId.values()) {
            Instant start = appointment.start().toInstant();
            if (holdsPlace(appointment, officeId, serviceId) && !start.isBefore(from) && start.isBefore(to)) {
                counts.merge(start, 1, Integer::sum);
            }
        }
        return counts;
    }

    @Override
    public synchronized Placement insert(Appointment appointment, Booking booking, int capacity) {
        if (idByKey.containsKey(booking.idempotencyKey())) {
            return Placement.DUPLICATE_KEY;
        }
        if (taken(appointment.officeId(), appointment.serviceId(), appointment.start(), null) >= capacity) {
            return Placement.FULL;
        }
        byId.put(appointment.id(), appointment);
        idByKey.put(booking.idempotencyKey(), appointment.id());
        return Placement.PLACED;
    }

    @Override
    public synchronized Placement moveTo(String id, ZonedDateTime start, ZonedDateTime end, int capacity) {
        Appointment appointment = byId.get(id);
        if (appointment == null || appointment.status() != AppointmentStatus.BOOKED) {
            return Placement.FULL;
        }
        if (taken(appointment.officeId(), appointment.serviceId(), start, id) >= capacity) {
            return Placement.FULL;
        }
        byId.put(id, appointment.at(start, end));
        return Placement.PLACED;
    }

    @Override
    public synchronized boolean cancel(String id, Instant at) {
        Appointment appointment = byId.get(id);
        if (appointment == null || appointment.status() != AppointmentStatus.BOOKED) {
            return false;
        }
        byId.put(id, appointment.with(AppointmentStatus.CANCELLED));
        return true;
    }

    private long taken(String officeId, String serviceId, ZonedDateTime start, String except) {
        return byId.values().stream()
                .filter(a -> !a.id().equals(except))
                .filter(a -> holdsPlace(a, officeId, serviceId))
                .filter(a -> a.start().toInstant().equals(start.toInstant()))
                .count();
    }

    private static boolean holdsPlace(Appointment appointment, String officeId, String serviceId) {
        return appointment.status() == AppointmentStatus.BOOKED
                && appointment.officeId().equals(officeId)
                && appointment.serviceId().equals(serviceId);
    }
}
