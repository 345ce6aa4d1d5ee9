package es.madrid.linea.bot.alerts;

import java.util.List;
import java.util.Objects;

/**
 * A kind of alert the alerts system accepts (an Avisos Madrid "servicio", an Open311 service).
 *
 * @param id the system's service id (Avisos Madrid: e.g. {@code 591b3a194e4ea83a018b46bb}, "Farola apagada")
 * @param group the family it belongs to, e.g. "Alumbrado público"; may be null
 * @param description a short Spanish explanation; may be null
 * @param keywords words citizens use for it ("farola fundida")
 */
public record AlertService(String id, String name, String group, String description, List<String> keywords) {

    public AlertService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
