package es.madrid.linea.bot.alerts;

import es.madrid.linea.bot.geo.GeoPoint;
import java.time.Instant;
import java.util.Objects;

/**
 * A filed alert, as the alerts system knows it.
 *
 * @param code the alert's number (Avisos Madrid: 7 or 8 digits); the citizen follows the alert with it
 * @param statusNotes the system's explanation of the status; may be null
 * @param address may be null when only a location was given
 * @param location may be null when only an address was given
 * @param updatedAt when the status last changed
 */
public record Alert(
        String code,
        String serviceId,
        String serviceName,
        AlertStatus status,
        String statusNotes,
        String address,
        GeoPoint location,
        String description,
        String photoUrl,
        Instant createdAt,
        Instant updatedAt) {

    public Alert {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    /** A new alert as filed at {@code at}: what the citizen gave, under the system's code, open. */
    public static Alert filed(String code, NewAlert alert, String serviceName, Instant at) {
        return new Alert(
                code,
                alert.serviceId(),
                serviceName,
                AlertStatus.OPEN,
                null,
                alert.address(),
                alert.location(),
                alert.description(),
                alert.photoUrl(),
                at,
                at);
    }
}
