package es.madrid.linea.channels.api;

import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.geo.GeoPoint;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST /api/v1/conversations/{id}/messages}: exactly one of text, payload or location. The web chat
 * sends the same body over STOMP.
 */
public record MessageRequest(
        @Schema(description = "what the citizen wrote, up to 2,000 characters")
        String text,

        @Schema(description = "the id of an option the bot offered")
        String payload,

        @Valid Location location,

        @Schema(description = "client message id: a repeated one is not processed twice")
        String messageId) {

    /** A shared location in WGS84 degrees. */
    public record Location(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {}

    /** The message as the core takes it (checked and cleaned there). */
    public InboundMessage toInbound() {
        GeoPoint point = location == null ? null : new GeoPoint(location.lat(), location.lon());
        return InboundMessage.of(text, payload, point, messageId);
    }
}
