package es.madrid.linea.bot.nlu.incidents;

import es.madrid.linea.bot.nlu.training.JsonLines;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One real Avisos Madrid report as the shared data holds it: the citizen's description and the service (category)
 * it was filed under. The other fields of the rows (address, coordinates, dates) are not used.
 */
public record AvisosReport(String description, String serviceId, String serviceName) {

    /** Reads an Avisos JSON Lines file ({@code .jsonl} or {@code .jsonl.gz}). */
    public static List<AvisosReport> read(Path file) {
        return JsonLines.read(file).stream().map(AvisosReport::of).toList();
    }

    private static AvisosReport of(JsonNode row) {
        String description = row.path("description").asString("");
        String serviceId = row.path("service_id").asString("");
        if (description.isBlank() || serviceId.isBlank()) {
            throw new IllegalArgumentException("an Avisos row needs description and service_id");
        }
        return new AvisosReport(description, serviceId, row.path("service_name").asString(""));
    }
}
