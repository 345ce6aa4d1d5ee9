package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.bot.appointments.CalendarService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the services the embedded calendar books (backoffice/appointment-services.yml by default). */
final class CalendarServicesFile {

    /** The group of every Línea Madrid office that gives appointments. */
    static final String LINEA_MADRID = "linea-madrid";

    private CalendarServicesFile() {}

    static List<CalendarService> read(InputStream yaml, OfficeSchedules offices) {
        Map<String, Object> document;
        try (yaml) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the appointment services", e);
        }
        if (document == null || !(document.get("services") instanceof List<?> services)) {
            throw new IllegalArgumentException("appointment services: missing the list 'services'");
        }
        List<CalendarService> read = new ArrayList<>();
        for (Object entry : services) {
            if (!(entry instanceof Map<?, ?> service) || service.get("id") == null || service.get("name") == null) {
                throw new IllegalArgumentException("appointment services: a service needs id and name");
            }
            String id = String.valueOf(service.get("id"));
            read.add(new CalendarService(
                    id,
                    String.valueOf(service.get("name")),
                    Duration.ofMinutes(number(id, "slot_minutes", service.get("slot_minutes"))),
                    number(id, "desks", service.get("desks")),
                    officeIds(id, service.get("offices"), offices)));
        }
        return read;
    }

    private static List<String> officeIds(String serviceId, Object value, OfficeSchedules offices) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("appointment services: " + serviceId + ": offices must be a list");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object item : list) {
            String office = String.valueOf(item);
            if (LINEA_MADRID.equals(office)) {
                offices.schedules().stream()
                        .map(schedule -> schedule.officeId())
                        .filter(offices.lineaMadrid()::contains)
                        .forEach(ids::add);
            } else if (offices.knows(office)) {
                ids.add(office);
            } else {
                throw new IllegalArgumentException(
                        "appointment services: " + serviceId + ": no office '" + office + "' in offices.yml");
            }
        }
        return List.copyOf(ids);
    }

    private static int number(String serviceId, String field, Object value) {
        if (value instanceof Integer number && number > 0) {
            return number;
        }
        throw new IllegalArgumentException(
                "appointment services: " + serviceId + ": " + field + " must be a positive whole number");
    }
}
