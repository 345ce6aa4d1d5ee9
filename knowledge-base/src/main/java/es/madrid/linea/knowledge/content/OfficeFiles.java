package es.madrid.linea.knowledge.content;

import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.offices.District;
import es.madrid.linea.bot.offices.InMemoryOfficeDirectory;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeType;
import es.madrid.linea.bot.offices.OpeningHours;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code offices/offices.yml} and {@code offices/districts.yml} (content spec, section 2) into offices and
 * districts, reporting every problem with its file and field ({@code offices[3].lat}).
 *
 * @param offices the offices that could be read
 * @param districts the districts that could be read
 * @param problems what is wrong; the directory is trustworthy only when this is empty
 */
public record OfficeFiles(List<Office> offices, List<District> districts, List<ContentProblem> problems) {

    /** Madrid's bounding box with a margin: coordinates outside it are a typo (swapped lat/lon, a lost minus). */
    private static final double MIN_LAT = 40.2, MAX_LAT = 40.7, MIN_LON = -4.0, MAX_LON = -3.4;

    private static final int DISTRICTS = 21;

    public static OfficeFiles read(ContentFolder folder) {
        List<ContentProblem> problems = new ArrayList<>();
        List<District> districts = folder.file(ContentFolder.DISTRICTS)
                .map(file -> readDistricts(file, problems))
                .orElseGet(() -> missing(ContentFolder.DISTRICTS, problems));
        List<Office> offices = folder.file(ContentFolder.OFFICES)
                .map(file -> readOffices(file, districts, problems))
                .orElseGet(() -> missing(ContentFolder.OFFICES, problems));
        Set<String> officeIds = new HashSet<>();
        offices.forEach(o -> officeIds.add(o.id()));
        for (District district : districts) {
            if (!officeIds.contains(district.referenceOffice())) {
                problems.add(new ContentProblem(
                        ContentFolder.DISTRICTS,
                        "districts[" + district.name() + "].reference_office",
                        "no existe ninguna oficina con id \"" + district.referenceOffice() + "\""));
            }
        }
        return new OfficeFiles(List.copyOf(offices), List.copyOf(districts), List.copyOf(problems));
    }

    /** The directory the dialogue and the API use. */
    public InMemoryOfficeDirectory directory() {
        return new InMemoryOfficeDirectory(offices, districts);
    }

    private static <T> List<T> missing(String path, List<ContentProblem> problems) {
        problems.add(new ContentProblem(path, "archivo", "no existe"));
        return List.of();
    }

    private static List<Map<String, Object>> entries(ContentFile file, String key, List<ContentProblem> problems) {
        Object loaded;
        try {
            loaded = SafeYaml.load(file.text());
        } catch (SafeYaml.Unreadable e) {
            problems.add(new ContentProblem(file.path(), key, e.getMessage()));
            return List.of();
        }
        if (!(loaded instanceof Map<?, ?> document) || !(document.get(key) instanceof List<?> list)) {
            problems.add(new ContentProblem(file.path(), key, "el archivo debe ser \"" + key + ":\" y una lista"));
            return List.of();
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> entry) {
                Map<String, Object> fields = new LinkedHashMap<>();
                entry.forEach((name, value) -> fields.put(String.valueOf(name), value));
                entries.add(fields);
            } else {
                problems.add(new ContentProblem(file.path(), key + "[" + i + "]", "debe ser un bloque de campos"));
            }
        }
        return entries;
    }

    private static List<District> readDistricts(ContentFile file, List<ContentProblem> problems) {
        List<District> districts = new ArrayList<>();
        Set<Integer> codes = new HashSet<>();
        List<Map<String, Object>> entries = entries(file, "districts", problems);
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = entries.get(i);
            String prefix = "districts[" + label(entry.get("name"), i) + "].";
            List<ContentProblem> found = new ArrayList<>();
            FieldReader fields = new FieldReader(file.path(), prefixed(entry, prefix), found);
            int code = entry.get("code") instanceof Integer number ? number : 0;
            if (code < 1 || code > DISTRICTS || !codes.add(code)) {
                fields.problem(prefix + "code", "debe ser un número del 1 al 21, sin repetir");
            }
            District district = new District(
                    code,
                    fields.text(prefix + "name"),
                    fields.optionalList(prefix + "aliases"),
                    fields.list(prefix + "barrios"),
                    fields.text(prefix + "reference_office"),
                    fields.optionalList(prefix + "postcodes"));
            problems.addAll(found);
            if (found.isEmpty()) {
                districts.add(district);
            }
        }
        if (codes.size() != DISTRICTS) {
            problems.add(new ContentProblem(file.path(), "districts", "debe tener los 21 distritos de Madrid"));
        }
        return districts;
    }

    private static List<Office> readOffices(ContentFile file, List<District> districts, List<ContentProblem> problems) {
        List<Office> offices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> districtNames = districts.stream().map(District::name).toList();
        List<Map<String, Object>> entries = entries(file, "offices", problems);
        for (int i = 0; i < entries.size(); i++) {
            String prefix = "offices[" + label(entries.get(i).get("id"), i) + "].";
            List<ContentProblem> found = new ArrayList<>();
            FieldReader fields = new FieldReader(file.path(), prefixed(entries.get(i), prefix), found);
            Office office = office(entries.get(i), prefix, fields, districtNames);
            if (office.id() != null && !ids.add(office.id())) {
                fields.problem(prefix + "id", "el id \"" + office.id() + "\" está repetido");
            }
            problems.addAll(found);
            if (found.isEmpty()) {
                offices.add(office);
            }
        }
        return offices;
    }

    private static Office office(
            Map<String, Object> entry, String prefix, FieldReader fields, List<String> districtNames) {
        OfficeType type = fields.oneOf(
                        prefix + "type",
                        OfficeType::fromContent,
                        Arrays.stream(OfficeType.values())
                                .map(OfficeType::contentName)
                                .toList())
                .orElse(null);
        String district = fields.optionalText(prefix + "district");
        if (district != null && !districtNames.contains(district)) {
            fields.problem(prefix + "district", "\"" + district + "\" no es el nombre oficial de un distrito");
        }
        fields.list(prefix + "sources");
        List<String> confidences = ProcedureReader.CONFIDENCES;
        fields.oneOf(prefix + "confidence", v -> Optional.of(v).filter(confidences::contains), confidences);
        Object appointments = entry.get("appointments");
        if (!(appointments instanceof Boolean)) {
            fields.problem(prefix + "appointments", "debe ser true o false");
        }
        String postcode = entry.get("postcode") == null ? null : String.valueOf(entry.get("postcode"));
        if (postcode != null && !postcode.matches("28\\d{3}")) {
            fields.problem(prefix + "postcode", "debe ser un código postal de Madrid de 5 cifras (28xxx)");
        }
        return new Office(
                fields.text(prefix + "id"),
                fields.text(prefix + "name"),
                fields.optionalText(prefix + "official_name"),
                type,
                district,
                entry.get("district_code") instanceof Integer code ? code : null,
                fields.optionalText(prefix + "barrio"),
                fields.text(prefix + "address"),
                postcode,
                location(entry, prefix, fields),
                fields.optionalText(prefix + "phone"),
                fields.text(prefix + "hours"),
                opening(entry.get("opening"), prefix + "opening", fields),
                opening(entry.get("summer_opening"), prefix + "summer_opening", fields),
                fields.optionalList(prefix + "closed"),
                fields.optionalList(prefix + "languages"),
                fields.optionalList(prefix + "accessibility"),
                fields.optionalList(prefix + "services"),
                Boolean.TRUE.equals(appointments),
                fields.optionalText(prefix + "info_url"));
    }

    private static GeoPoint location(Map<String, Object> entry, String prefix, FieldReader fields) {
        Object lat = entry.get("lat");
        Object lon = entry.get("lon");
        if (lat == null && lon == null) {
            return null;
        }
        if (!(lat instanceof Number la) || !(lon instanceof Number lo)) {
            fields.problem(prefix + "lat", "lat y lon van juntos y son números (grados decimales)");
            return null;
        }
        double latitude = la.doubleValue();
        double longitude = lo.doubleValue();
        if (latitude < MIN_LAT || latitude > MAX_LAT || longitude < MIN_LON || longitude > MAX_LON) {
            fields.problem(prefix + "lat", "las coordenadas " + latitude + ", " + longitude + " no están en Madrid");
            return null;
        }
        return new GeoPoint(latitude, longitude);
    }

    private static List<OpeningHours> opening(Object value, String field, FieldReader fields) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> spans)) {
            fields.problem(field, "debe ser una lista de {days, from, to}");
            return List.of();
        }
        List<OpeningHours> hours = new ArrayList<>();
        for (Object span : spans) {
            Optional<OpeningHours> read = span instanceof Map<?, ?> map ? openingSpan(map) : Optional.empty();
            read.ifPresentOrElse(
                    hours::add,
                    () -> fields.problem(
                            field, "cada tramo es {days: mon-thu | fri | mon-fri, from: \"08:30\", to: \"17:00\"}"));
        }
        return hours;
    }

    private static Optional<OpeningHours> openingSpan(Map<?, ?> span) {
        try {
            return OpeningHours.Days.fromContent(String.valueOf(span.get("days")))
                    .map(days -> new OpeningHours(
                            days,
                            LocalTime.parse(String.valueOf(span.get("from"))),
                            LocalTime.parse(String.valueOf(span.get("to")))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** How a problem names an entry: by its id or name when it has one, else by its position. */
    private static String label(Object name, int position) {
        return name instanceof String text && !text.isBlank() ? text : String.valueOf(position);
    }

    /** The fields renamed with their place in the list, so a problem says which office it is about. */
    private static Map<String, Object> prefixed(Map<String, Object> entry, String prefix) {
        Map<String, Object> renamed = new LinkedHashMap<>();
        entry.forEach((name, value) -> renamed.put(prefix + name, value));
        return renamed;
    }
}
