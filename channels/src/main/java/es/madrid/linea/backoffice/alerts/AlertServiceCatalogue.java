package es.madrid.linea.backoffice.alerts;

import es.madrid.linea.bot.alerts.AlertService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The kinds of alert the embedded registry accepts: Avisos Madrid's services as kb-content/alerts/services.yml lists
 * them. Retired services are known (old alerts keep their names) but not offered.
 */
public final class AlertServiceCatalogue {

    private static final Map<String, String> TYPOLOGIES = Map.of(
            "Aviso", "Aviso: algo de la calle está roto, sucio o no funciona.",
            "Petición", "Petición: algo nuevo o una mejora en la calle.");

    private final Map<String, AlertService> all = new LinkedHashMap<>();
    private final List<AlertService> offered = new ArrayList<>();

    private AlertServiceCatalogue() {}

    /** Reads a services.yml; a malformed file fails with the entry at fault. */
    @SuppressWarnings("unchecked")
    public static AlertServiceCatalogue read(InputStream yaml) {
        AlertServiceCatalogue catalogue = new AlertServiceCatalogue();
        Map<String, Object> document;
        try (yaml) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the alert services", e);
        }
        if (document == null || !(document.get("services") instanceof List<?> services)) {
            throw new IllegalArgumentException("alerts/services.yml: missing the list 'services'");
        }
        int index = 0;
        for (Object entry : services) {
            index++;
            if (!(entry instanceof Map<?, ?> fields) || fields.get("id") == null || fields.get("name") == null) {
                throw new IllegalArgumentException("alerts/services.yml: service #" + index + " needs id and name");
            }
            Object keywords = fields.get("keywords");
            AlertService service = new AlertService(
                    String.valueOf(fields.get("id")),
                    String.valueOf(fields.get("name")),
                    fields.get("group") == null ? null : String.valueOf(fields.get("group")),
                    TYPOLOGIES.get(String.valueOf(fields.get("typology"))),
                    keywords instanceof List<?> list ? (List<String>) list : List.of());
            catalogue.all.put(service.id(), service);
            if (!Boolean.FALSE.equals(fields.get("active"))) {
                catalogue.offered.add(service);
            }
        }
        return catalogue;
    }

    /** The services citizens can file alerts for, in the file's order. */
    public List<AlertService> offered() {
        return List.copyOf(offered);
    }

    public boolean isOffered(String id) {
        return offered.stream().anyMatch(service -> service.id().equals(id));
    }

    /** Any service the file knows, offered or retired. */
    public Optional<AlertService> service(String id) {
        return Optional.ofNullable(all.get(id));
    }
}
