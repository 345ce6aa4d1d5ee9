package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses with Madrid's street types (spec section 5): the type as a full capitalised word, the name as
 * written with each word capitalised (but "de", "del", "la", "las", "los", "el", "y" in lower case), then the number
 * without commas or "nº": "c/ alcala, 102" → "Calle Alcala 102". Without a number the street alone is still an
 * address ("la calle Toledo está sin barrer" → "Calle Toledo"). The name ends at the number, at punctuation, or at a
 * word that cannot be part of a street name ("hay", "está", "que"...).
 */
public final class AddressExtractor implements EntityExtractor {

    static final String TYPE = "address";

    /** Abbreviations and spellings (folded) of each street type, and the word the value uses. */
    private static final Map<String, String> STREET_TYPES = Map.ofEntries(
            Map.entry("calle", "Calle"),
            Map.entry("c/", "Calle"),
            Map.entry("c.", "Calle"),
            Map.entry("cl", "Calle"),
            Map.entry("cl.", "Calle"),
            Map.entry("avenida", "Avenida"),
            Map.entry("av.", "Avenida"),
            Map.entry("av", "Avenida"),
            Map.entry("avda.", "Avenida"),
            Map.entry("avda", "Avenida"),
            Map.entry("paseo", "Paseo"),
            Map.entry("pº", "Paseo"),
            Map.entry("p.º", "Paseo"),
            Map.entry("p°", "Paseo"),
            Map.entry("p.°", "Paseo"),
            Map.entry("plaza", "Plaza"),
            Map.entry("pza.", "Plaza"),
            Map.entry("pza", "Plaza"),
            Map.entry("pl.", "Plaza"),
            Map.entry("glorieta", "Glorieta"),
            Map.entry("ronda", "Ronda"),
            Map.entry("camino", "Camino"),
            Map.entry("carretera", "Carretera"),
            Map.entry("ctra.", "Carretera"),
            Map.entry("ctra", "Carretera"),
            Map.entry("travesia", "Travesía"),
            Map.entry("costanilla", "Costanilla"),
            Map.entry("cuesta", "Cuesta"),
            Map.entry("callejon", "Callejón"),
            Map.entry("pasaje", "Pasaje"),
            Map.entry("bulevar", "Bulevar"),
            Map.entry("boulevard", "Bulevar"),
            Map.entry("via", "Vía"),
            Map.entry("carrera", "Carrera"),
            Map.entry("plazuela", "Plazuela"),
            Map.entry("puerta", "Puerta"));

    /** Street types that are also everyday words ("la puerta del colegio", "la vía pública", "me cuesta"). */
    private static final Set<String> EVERYDAY_TYPES = Set.of(
            "puerta", "via", "camino", "carrera", "cuesta", "ronda", "paseo", "plaza", "glorieta", "pasaje", "calle");

    /**
     * Street types that are also common verbs or nouns ("me cuesta encontrarlo", "camino mucho", "la vía pública"):
     * without a number they need "de"/"del" or a capitalised name to count as a street.
     */
    private static final Set<String> AMBIGUOUS_TYPES =
            Set.of("cuesta", "camino", "carrera", "via", "puerta", "ronda", "paseo");

    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "el", "y");

    /** Words that end a street name: verbs, pronouns, prepositions and the like. */
    private static final Set<String> STOP_WORDS = Set.copyOf(List.of(
            "hay",
            "esta",
            "estan",
            "es",
            "son",
            "era",
            "no",
            "si",
            "se",
            "que",
            "con",
            "por",
            "para",
            "en",
            "a",
            "al",
            "o",
            "u",
            "pero",
            "desde",
            "hasta",
            "lleva",
            "llevan",
            "tiene",
            "tienen",
            "han",
            "ha",
            "he",
            "sin",
            "muy",
            "mas",
            "mi",
            "mis",
            "tu",
            "su",
            "sus",
            "este",
            "esta",
            "ese",
            "esa",
            "esto",
            "eso",
            "aqui",
            "alli",
            "ahi",
            "donde",
            "cuando",
            "como",
            "frente",
            "cerca",
            "junto",
            "esquina",
            "entre",
            "sobre",
            "tras",
            "ante",
            "bajo",
            "durante",
            "porque",
            "pues",
            "ya",
            "lo",
            "le",
            "les",
            "me",
            "te",
            "nos",
            "os",
            "un",
            "una",
            "unos",
            "unas",
            "madrid",
            "numero",
            "num",
            "n",
            "nº",
            "piso",
            "portal",
            "bajo",
            "escalera",
            "puerta",
            "hace",
            "desde",
            "todo",
            "toda",
            "todos",
            "todas",
            "otra",
            "otro",
            "mucho",
            "mucha",
            "poco",
            "sigue",
            "siguen",
            "queda",
            "quedan",
            "estoy",
            "vivo",
            "vive",
            "vivimos",
            "tengo",
            "the",
            "altura",
            "delante",
            "detras",
            "enfrente",
            "dentro",
            "fuera",
            "encima",
            "debajo",
            "ayer",
            "hoy",
            "manana",
            "noche",
            "tarde",
            "dia",
            "dias",
            "semana",
            "semanas",
            "anos",
            "meses",
            "mes",
            "desde",
            "also",
            "tambien",
            "solo",
            "sola",
            "nada",
            "nadie",
            "algo",
            "alguien",
            "cada",
            "siempre",
            "nunca",
            "ahora",
            "luego",
            "antes",
            "despues",
            "bien",
            "mal",
            "asi",
            "e"));

    /** Everyday nouns that follow an everyday street type ("la puerta del colegio", "la vía pública"). */
    private static final Set<String> NOT_STREET_NAMES = Set.copyOf(List.of(
            "publica",
            "publico",
            "publicas",
            "publicos",
            "colegio",
            "cole",
            "casa",
            "garaje",
            "portal",
            "edificio",
            "tienda",
            "iglesia",
            "hospital",
            "centro",
            "parque",
            "mercado",
            "metro",
            "piso",
            "comunidad",
            "calle",
            "coche",
            "salida",
            "entrada",
            "emergencia",
            "servicio",
            "atras",
            "delante",
            "bici",
            "peatones",
            "cebra",
            "aparcamiento",
            "minusvalidos",
            "movilidad",
            "reducida",
            "carga",
            "descarga",
            "acceso",
            "abajo",
            "arriba",
            "principal",
            "trasera",
            "mia",
            "mio",
            "nuestra",
            "nuestro",
            "vecino",
            "vecinos",
            "ascensor",
            "basura",
            "rodaje",
            "servicios",
            "cambio",
            "tren",
            "autobus",
            "bus",
            "emt"));

    private static final Pattern TYPE_WORD = Pattern.compile(
            "(?<![\\p{L}\\d])(avenida|avda\\.?|av\\.?|paseo|p\\.?[º°]|plazuela|plaza|pza\\.?|pl\\.|glorieta|ronda|camino|"
                    + "carretera|ctra\\.?|travesia|costanilla|cuesta|callejon|calle|c/|c\\.(?!\\s*p\\b)|cl\\.?|"
                    + "pasaje|bulevar|boulevard|via|carrera|puerta)(?=\\s|(?<=[./º°])\\p{L})");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*(?:-\\p{L}+)*\\.?");
    private static final Pattern NUMBER =
            Pattern.compile("\\s*,?\\s*(?:(?:n[º°o]\\.?|num\\.?|numero)\\s*)?(\\d{1,4})(?![\\d/:.,]\\d|\\d|\\s?h\\b)");

    @Override
    public List<Entity> extract(MessageText message) {
        List<Entity> found = new ArrayList<>();
        String text = message.folded();
        Matcher type = TYPE_WORD.matcher(text);
        int searchFrom = 0;
        while (searchFrom < text.length() && type.find(searchFrom)) {
            Entity address = readAddress(message, type);
            if (address != null) {
                found.add(address);
                searchFrom = address.end();
            } else {
                searchFrom = type.end();
            }
        }
        return found;
    }

    private Entity readAddress(MessageText message, Matcher type) {
        String text = message.folded();
        String typeWord = type.group(1);
        String canonicalType = STREET_TYPES.get(typeWord);
        if (canonicalType == null) {
            canonicalType = STREET_TYPES.get(typeWord.replace(".", ""));
        }
        List<int[]> words = new ArrayList<>();
        int position = type.end();
        Matcher word = WORD.matcher(text);
        while (words.size() < 8) {
            int start = skipSpaces(text, position);
            if (start >= text.length() || !word.region(start, text.length()).lookingAt()) {
                break;
            }
            String folded = word.group().replaceAll("\\.$", "");
            if (STOP_WORDS.contains(folded) && !PARTICLES.contains(folded)) {
                break;
            }
            int end = word.group().endsWith(".") ? word.end() - 1 : word.end();
            words.add(new int[] {start, end});
            position = end;
            if (word.group().endsWith(".")) {
                break;
            }
        }
        while (!words.isEmpty()
                && PARTICLES.contains(text.substring(words.get(words.size() - 1)[0], words.get(words.size() - 1)[1]))) {
            words.remove(words.size() - 1);
        }
        String firstName = words.stream()
                .map(w -> text.substring(w[0], w[1]))
                .filter(w -> !PARTICLES.contains(w))
                .findFirst()
                .orElse(null);
        if (firstName == null) {
            return null;
        }
        if (EVERYDAY_TYPES.contains(typeWord) && NOT_STREET_NAMES.contains(firstName)) {
            return null;
        }
        int nameEnd = words.get(words.size() - 1)[1];
        Matcher number = NUMBER.matcher(text).region(nameEnd, text.length());
        boolean numbered = number.lookingAt();
        if (AMBIGUOUS_TYPES.contains(typeWord) && !numbered) {
            int[] first = words.get(0);
            String firstWord = text.substring(first[0], first[1]);
            boolean named = firstWord.equals("de")
                    || firstWord.equals("del")
                    || Character.isUpperCase(message.original().charAt(first[0]));
            if (!named) {
                return null;
            }
        }
        StringBuilder value = new StringBuilder(canonicalType);
        for (int[] w : words) {
            value.append(' ').append(capitalise(message.original().substring(w[0], w[1])));
        }
        int end = nameEnd;
        if (numbered) {
            value.append(' ').append(number.group(1));
            end = number.end(1);
        }
        return message.entity(TYPE, value.toString(), type.start(), end);
    }

    private static int skipSpaces(String text, int position) {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
        return position;
    }

    /** "ALCALÁ" → "Alcalá", "de" → "de", "XII" stays. */
    private static String capitalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (PARTICLES.contains(lower)) {
            return lower;
        }
        if (word.length() <= 4 && word.matches("[IVXLCDM]+")) {
            return word;
        }
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
