package es.madrid.linea.backoffice.appointments;

import es.madrid.linea.bot.appointments.ClosedDays;
import es.madrid.linea.bot.appointments.OfficeSchedule;
import es.madrid.linea.bot.appointments.WeeklyOpening;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the offices' hours from kb-content/offices/offices.yml ({@code opening}, {@code summer_opening}, {@code
 * closed}; content spec section 2). The one place the calendar reads office data: when the knowledge base's office
 * directory is wired in, this loader gives way to a mapping from its offices.
 */
final class OfficeScheduleFile {

    private static final Logger log = LoggerFactory.getLogger(OfficeScheduleFile.class);

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "mon", DayOfWeek.MONDAY,
            "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY,
            "thu", DayOfWeek.THURSDAY,
            "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    private static final Set<String> LINEA_MADRID_TYPES = Set.of("oac", "oac-auxiliar");

    private OfficeScheduleFile() {}

    /** Reads the file; an office with malformed hours fails with its id and the field. */
    static OfficeSchedules read(InputStream yaml) {
        Map<String, Object> document;
        try (yaml) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the offices", e);
        }
        if (document == null || !(document.get("offices") instanceof List<?> offices)) {
            throw new IllegalArgumentException("offices.yml: missing the list 'offices'");
        }
        List<OfficeSchedule> schedules = new ArrayList<>();
        Set<String> lineaMadrid = new HashSet<>();
        for (Object entry : offices) {
            if (!(entry instanceof Map<?, ?> office) || office.get("id") == null) {
                throw new IllegalArgumentException("offices.yml: an office without id");
            }
            String id = String.valueOf(office.get("id"));
            ClosedDays closed = ClosedDays.fromNotes(strings(office.get("closed")));
            if (!closed.unrecognised().isEmpty()) {
                log.warn("offices.yml: {}: closed days not understood, ignored: {}", id, closed.unrecognised());
            }
            schedules.add(new OfficeSchedule(
                    id,
                    spans(id, "opening", office.get("opening")),
                    spans(id, "summer_opening", office.get("summer_opening")),
                    closed));
            if (LINEA_MADRID_TYPES.contains(String.valueOf(office.get("type")))
                    && Boolean.TRUE.equals(office.get("appointments"))) {
                lineaMadrid.add(id);
            }
        }
        return new OfficeSchedules(schedules, lineaMadrid);
    }

    private static List<WeeklyOpening> spans(String officeId, String field, Object value) {
        List<WeeklyOpening> spans = new ArrayList<>();
        if (value == null) {
            return spans;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("offices.yml: " + officeId + ": " + field + " must be a list");
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> span)) {
                throw new IllegalArgumentException("offices.yml: " + officeId + ": " + field + ": {days, from, to}");
            }
            try {
                spans.add(new WeeklyOpening(
                        days(String.valueOf(span.get("days"))),
                        LocalTime.parse(String.valueOf(span.get("from"))),
                        LocalTime.parse(String.valueOf(span.get("to")))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "offices.yml: " + officeId + ": " + field + ": " + span + " is not a valid opening span", e);
            }
        }
        return spans;
    }

    /** {@code mon-thu}, {@code fri}, {@code mon-fri}: one day or a range. */
    private static Set<DayOfWeek> days(String days) {
        String[] ends = days.strip().split("-");
        DayOfWeek first = DAYS.get(ends[0]);
        DayOfWeek last = DAYS.get(ends[ends.length - 1]);
        if (first == null || last == null || ends.length > 2 || last.compareTo(first) < 0) {
            throw new IllegalArgumentException("days '" + days + "'");
        }
        return EnumSet.range(first, last);
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }
}
