package es.madrid.linea.bot.appointments;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A service as an embedded calendar books it.
 *
 * @param slotLength the length of one appointment; slots follow one another from opening time
 * @param capacity how many citizens can be attended at the same time (desks)
 * @param officeIds where it is offered
 */
public record CalendarService(String id, String name, Duration slotLength, int capacity, List<String> officeIds) {

    public CalendarService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (slotLength == null || slotLength.isNegative() || slotLength.isZero() || slotLength.toHours() > 8) {
            throw new IllegalArgumentException("service " + id + ": a slot lasts between a minute and 8 hours");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("service " + id + ": capacity is at least 1");
        }
        officeIds = List.copyOf(officeIds);
    }

    public BookableService bookable() {
        return new BookableService(id, name, slotLength);
    }
}
