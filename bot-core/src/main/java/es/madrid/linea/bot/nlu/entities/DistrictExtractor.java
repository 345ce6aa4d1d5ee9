package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.normalisation.SpanishFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Madrid's districts named as places (spec section 5), by official name or alias, with or without accents, in any
 * case: "vallecas" → "Puente de Vallecas", "san blas" → "San Blas-Canillejas". A name inside a street name ("calle
 * de Hortaleza 50") is not a district: the address wins that span. Nor is "Retiro" in "Parque del Retiro", nor
 * "centro" as a common noun ("centro de salud"): "Centro" counts when written with a capital or after "distrito".
 */
public final class DistrictExtractor implements EntityExtractor {

    static final String TYPE = "district";

    private final Pattern names;
    private final Map<String, String> officialByFoldedName;

    private static final Pattern PARK_BEFORE =
            Pattern.compile("(?:parque|jardines|jardin|estanque)\\s+(?:de\\s+|del\\s+)?(?:el\\s+)?$");
    private static final Pattern DISTRICT_BEFORE = Pattern.compile("distrito\\s+(?:de\\s+)?$");

    public DistrictExtractor(List<District> districts) {
        officialByFoldedName = new TreeMap<>();
        for (District district : districts) {
            officialByFoldedName.put(key(district.name()), district.name());
            for (String alias : district.aliases()) {
                String folded = key(alias);
                // "Barrio de Salamanca", "El Retiro": the mention is the district's own name inside them.
                if (!folded.startsWith("barrio de ") && !folded.equals("el " + key(district.name()))) {
                    officialByFoldedName.put(folded, district.name());
                }
            }
        }
        List<String> alternatives = new ArrayList<>(officialByFoldedName.keySet());
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\d-])(");
        for (int i = 0; i < alternatives.size(); i++) {
            if (i > 0) {
                regex.append('|');
            }
            regex.append(String.join("(?:\\s*-\\s*|\\s+)", alternatives.get(i).split(" ")));
        }
        names = Pattern.compile(regex.append(")(?![\\p{L}\\d])").toString());
    }

    @Override
    public List<Entity> extract(MessageText message) {
        List<Entity> found = new ArrayList<>();
        String text = message.folded();
        Matcher m = names.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            if (PARK_BEFORE.matcher(before).find()) {
                continue;
            }
            String official = officialByFoldedName.get(key(m.group(1)));
            if (official.equals("Centro")
                    && !Character.isUpperCase(message.original().charAt(m.start()))
                    && !DISTRICT_BEFORE.matcher(before).find()) {
                continue;
            }
            found.add(message.entity(TYPE, official, m, 1));
        }
        return found;
    }

    /** Folded, with hyphens and runs of spaces as one space: "San Blas - Canillejas" → "san blas canillejas". */
    private static String key(String name) {
        return SpanishFolding.fold(name).replaceAll("\\s*-\\s*|\\s+", " ").trim();
    }
}
