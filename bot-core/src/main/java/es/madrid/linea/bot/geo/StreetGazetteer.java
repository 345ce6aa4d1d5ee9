package es.madrid.linea.bot.geo;

import es.madrid.linea.bot.text.SpanishText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Places a typed street address ("Calle de Embajadores 97") on the map without a geocoding service: the streets and
 * numbers where Avisos Madrid placed real reports (kb-content/geo/streets.tsv.gz, derived from the train split). A
 * number not in the data takes the nearest number on the same side of the street (same parity) within a short
 * distance; a street without a number, or unknown, is not placed: the address is then kept as text.
 */
public final class StreetGazetteer {

    public static final String RESOURCE = "kb-content/geo/streets.tsv.gz";

    /** How far along the street (in house numbers) the nearest known number may be. */
    static final int NEAREST_NUMBER_WITHIN = 20;

    /** A folded address: the street, then the number (and perhaps a letter: "97 b"). */
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)\\s+(?:n\\s+)?(\\d{1,4})(?:\\s+[a-z])?$");

    /** Street types as citizens and the data write them, to one word each. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("c", "calle"),
            Map.entry("cl", "calle"),
            Map.entry("av", "avenida"),
            Map.entry("avda", "avenida"),
            Map.entry("p", "paseo"),
            Map.entry("po", "paseo"),
            Map.entry("pza", "plaza"),
            Map.entry("pl", "plaza"),
            Map.entry("ctra", "carretera"),
            Map.entry("travesia", "travesia"),
            Map.entry("callejon", "callejon"));

    private static final Set<String> LINKING_WORDS = Set.of("de", "del", "la", "las", "los", "el", "y", "en");

    private final Map<String, Numbers> streets;

    StreetGazetteer(Map<String, Numbers> streets) {
        this.streets = Map.copyOf(streets);
    }

    public static StreetGazetteer fromClasspath() {
        try (InputStream in = StreetGazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads lines {@code street TAB number lat lon;number lat lon...}. */
    public static StreetGazetteer read(InputStream tsv) throws IOException {
        Map<String, Numbers> streets = new HashMap<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] entries = line.substring(tab + 1).split(";");
            int[] numbers = new int[entries.length];
            double[] lats = new double[entries.length];
            double[] lons = new double[entries.length];
            for (int i = 0; i < entries.length; i++) {
                String[] parts = entries[i].split(" ");
                numbers[i] = Integer.parseInt(parts[0]);
                lats[i] = Double.parseDouble(parts[1]);
                lons[i] = Double.parseDouble(parts[2]);
            }
            streets.merge(key(line.substring(0, tab)), new Numbers(numbers, lats, lons), (a, b) -> a);
        }
        return new StreetGazetteer(streets);
    }

    /** The point of a street address with a number, as the language understanding gives it; empty when unknown. */
    public Optional<GeoPoint> locate(String address) {
        Matcher numbered = NUMBERED.matcher(SpanishText.fold(address));
        if (!numbered.matches()) {
            return Optional.empty();
        }
        Numbers numbers = streets.get(key(numbered.group(1)));
        return numbers == null ? Optional.empty() : numbers.near(Integer.parseInt(numbered.group(2)));
    }

    public int size() {
        return streets.size();
    }

    /** "Calle de Alcalá", "c/ alcala" and "CALLE ALCALA" are the same street: {@code calle alcala}. */
    static String key(String street) {
        List<String> words = SpanishText.words(street);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i == 0) {
                word = TYPES.getOrDefault(word, word);
            } else if (LINKING_WORDS.contains(word)) {
                continue;
            }
            key.append(key.length() == 0 ? "" : " ").append(word);
        }
        return key.toString();
    }

    /** The known numbers of one street, ascending, with their points. */
    record Numbers(int[] numbers, double[] lats, double[] lons) {

        Optional<GeoPoint> near(int number) {
            int found = Arrays.binarySearch(numbers, number);
            if (found >= 0) {
                return Optional.of(new GeoPoint(lats[found], lons[found]));
            }
            int best = -1;
            for (int i = 0; i < numbers.length; i++) {
                int distance = Math.abs(numbers[i] - number);
                if (numbers[i] % 2 == number % 2
                        && distance <= NEAREST_NUMBER_WITHIN
                        && (best < 0 || distance < Math.abs(numbers[best] - number))) {
                    best = i;
                }
            }
            return best < 0 ? Optional.empty() : Optional.of(new GeoPoint(lats[best], lons[best]));
        }
    }
}
