package es.madrid.linea.channels.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/** Body of {@code POST /api/v1/conversations}. */
record StartConversationRequest(
        @Schema(description = "web, whatsapp, sms or api; web when absent", example = "web")
        @Pattern(regexp = "(?i)web|whatsapp|sms|api", message = "debe ser web, whatsapp, sms o api")
        String channel,

        @Valid CitizenProfileBody citizen) {}
