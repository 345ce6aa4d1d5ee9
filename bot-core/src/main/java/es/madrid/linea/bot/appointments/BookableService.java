package es.madrid.linea.bot.appointments;

import java.time.Duration;
import java.util.Objects;

/**
 * A service appointments are booked for (Qmatic's "service"), e.g. "Padrón: altas, bajas y cambios de domicilio".
 * Procedures name it in their {@code appointment_service} field.
 *
 * @param duration how long one appointment lasts
 */
public record BookableService(String id, String name, Duration duration) {

    public BookableService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
    }
}
