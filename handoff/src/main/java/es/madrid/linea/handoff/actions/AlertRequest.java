package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.handoff.routing.RoutingRefusal;

/**
 * The alert form as the agent sends it ({@code SEND /app/agent/file-alert}). Carries the citizen's words: {@link
 * #toString} prints none of them.
 *
 * @param lat with {@code lon}, the incident's point, or both null
 * @param includePhoto attach the photo the citizen sent in this conversation, if any
 */
public record AlertRequest(
        String conversationId,
        String requestId,
        String serviceId,
        String address,
        Double lat,
        Double lon,
        String description,
        boolean includePhoto)
        implements ActionRequest {

    private static final int MAX_SERVICE_ID = 100;

    /** The alert to file, or a refusal in Spanish that says what to correct. */
    NewAlert toNewAlert(String photo) {
        checkIds();
        if (serviceId == null || serviceId.isBlank() || serviceId.length() > MAX_SERVICE_ID) {
            throw invalid("Elige la categoría del aviso.");
        }
        if (address != null && address.strip().length() > NewAlert.MAX_ADDRESS) {
            throw invalid("La dirección es demasiado larga: el máximo son 500 caracteres.");
        }
        if (description != null && description.strip().length() > NewAlert.MAX_DESCRIPTION) {
            throw invalid("La descripción es demasiado larga: el máximo son 4.000 caracteres.");
        }
        GeoPoint location = location();
        if ((address == null || address.isBlank()) && location == null) {
            throw invalid("Indica la dirección del aviso o usa la ubicación que compartió el ciudadano.");
        }
        return new NewAlert(
                serviceId.strip(),
                description,
                address,
                location,
                includePhoto ? photo : null,
                idempotencyKey(),
                conversationId);
    }

    private GeoPoint location() {
        if (lat == null && lon == null) {
            return null;
        }
        try {
            if (lat == null || lon == null) {
                throw new IllegalArgumentException("half a point");
            }
            return new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            throw invalid("La ubicación no es válida.");
        }
    }

    private static RoutingRefusal invalid(String message) {
        return new RoutingRefusal("invalid_request", message);
    }

    @Override
    public String toString() {
        return "AlertRequest[conversationId=" + conversationId + ", requestId=" + requestId + ", masked]";
    }
}
