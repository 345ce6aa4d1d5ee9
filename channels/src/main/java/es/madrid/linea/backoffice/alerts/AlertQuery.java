package es.madrid.linea.backoffice.alerts;

import es.madrid.linea.bot.alerts.AlertStatus;
import java.time.Instant;
import java.util.List;

/**
 * Which alerts an Open311 {@code requests.json} asks for: by codes (which overrides the rest), or by services,
 * status and the date they were filed.
 *
 * @param codes empty for any
 * @param serviceIds empty for any
 * @param status null for any
 */
record AlertQuery(
        List<String> codes, List<String> serviceIds, AlertStatus status, Instant from, Instant to, int limit) {

    AlertQuery {
        codes = List.copyOf(codes);
        serviceIds = List.copyOf(serviceIds);
    }
}
