package es.madrid.linea.bot.alerts;

import es.madrid.linea.bot.geo.GeoPoint;

/**
 * An alert to file, as the citizen gave it.
 *
 * @param serviceId the alerts system's service (see {@link AlertsDesk#services()})
 * @param description what happens, in the citizen's words; public in Avisos Madrid, so it must carry no personal
 *     data; may be empty
 * @param address the street address as the citizen wrote it ("Calle de Alcalá 102"); may be null when a location is
 *     given
 * @param location the shared or geocoded point; may be null when an address is given
 * @param photoUrl a link to a photo the citizen sent; may be null
 * @param idempotencyKey chosen by the caller and stable across retries (e.g. conversation id + the sequence number
 *     of the confirming message): filing twice with the same key files once and answers the same alert
 * @param conversationId the conversation to tell when a kept request is filed later; may be null (e.g. an agent's
 *     request outside a conversation)
 */
public record NewAlert(
        String serviceId,
        String description,
        String address,
        GeoPoint location,
        String photoUrl,
        String idempotencyKey,
        String conversationId) {

    /** Open311's limit for descriptions. */
    public static final int MAX_DESCRIPTION = 4000;

    public static final int MAX_ADDRESS = 500;

    public static final int MAX_KEY = 200;

    public NewAlert {
        if (serviceId == null || serviceId.isBlank()) {
            throw new IllegalArgumentException("an alert needs a service");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("an alert needs an idempotency key of 1 to " + MAX_KEY + " characters");
        }
        address = address == null || address.isBlank() ? null : address.strip();
        if (address == null && location == null) {
            throw new IllegalArgumentException("an alert needs an address or a location");
        }
        if (address != null && address.length() > MAX_ADDRESS) {
            throw new IllegalArgumentException("the address is longer than " + MAX_ADDRESS + " characters");
        }
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("the description is longer than " + MAX_DESCRIPTION + " characters");
        }
        photoUrl = photoUrl == null || photoUrl.isBlank() ? null : photoUrl.strip();
    }
}
