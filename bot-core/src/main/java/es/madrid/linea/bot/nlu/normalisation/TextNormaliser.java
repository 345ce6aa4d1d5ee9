package es.madrid.linea.bot.nlu.normalisation;

import es.madrid.linea.bot.nlu.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Spanish normalisation before the classifiers see a text: the entities found in it become placeholders
 * ({@code #date}, {@code #address}, {@code #phone}...), so that "cita el martes" and "cita el 3/12" look alike and a
 * street name does not sway the intent; then lower case, accents folded, any other number becomes {@code #num},
 * letters repeated three times or more are written once ("holaaa" → "hola"), and the text is cut into words.
 */
public final class TextNormaliser {

    private static final Pattern REPEATED_LETTER = Pattern.compile("(\\p{L})\\1{2,}");

    private TextNormaliser() {}

    /** The words of a text with its entities replaced by placeholders. */
    public static List<String> tokens(String text, List<Entity> entities) {
        return split(withPlaceholders(text, entities));
    }

    /** The words of a text without entities: folded, numbers as {@code #num}. */
    public static List<String> tokens(String text) {
        return split(text);
    }

    static String withPlaceholders(String text, List<Entity> entities) {
        if (entities.isEmpty()) {
            return text;
        }
        List<Entity> ordered = new ArrayList<>(entities);
        ordered.sort(Comparator.comparingInt(Entity::start));
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        for (Entity entity : ordered) {
            if (entity.start() < position || entity.end() > text.length()) {
                continue;
            }
            out.append(text, position, entity.start())
                    .append(" #")
                    .append(placeholder(entity.type()))
                    .append(' ');
            position = entity.end();
        }
        return out.append(text, position, text.length()).toString();
    }

    private static String placeholder(String type) {
        return switch (type) {
            case "dni", "nie" -> "document";
            default -> type;
        };
    }

    private static List<String> split(String text) {
        // "holaaaa", "siiii": a letter written three or more times in a row counts once.
        String folded = REPEATED_LETTER.matcher(SpanishFolding.fold(text)).replaceAll("$1");
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean digit = false;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '_' || (c == '#' && token.length() == 0)) {
                token.append(c);
                digit |= Character.isDigit(c);
            } else if (token.length() > 0) {
                tokens.add(digit && token.charAt(0) != '#' ? "#num" : token.toString());
                token.setLength(0);
                digit = false;
            }
        }
        return tokens;
    }
}
