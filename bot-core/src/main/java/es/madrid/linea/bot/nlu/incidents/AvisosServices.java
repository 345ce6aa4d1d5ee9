package es.madrid.linea.bot.nlu.incidents;

import es.madrid.linea.bot.nlu.training.JsonLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Avisos Madrid service catalogue ({@code services.csv}): service id to its Spanish name. */
public final class AvisosServices {

    private AvisosServices() {}

    public static Map<String, String> read(Path csv) {
        Map<String, String> names = new LinkedHashMap<>();
        try (BufferedReader reader = JsonLines.open(csv)) {
            String line = reader.readLine(); // header: service_id,service_name,...
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                String rest = line.substring(comma + 1);
                String name;
                if (rest.startsWith("\"")) {
                    int close = rest.indexOf('"', 1);
                    name = rest.substring(1, close);
                } else {
                    int next = rest.indexOf(',');
                    name = next < 0 ? rest : rest.substring(0, next);
                }
                names.put(line.substring(0, comma), name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return names;
    }
}
