package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish identity documents (spec section 5): DNI, 8 digits and a check letter, and NIE, X/Y/Z, 7 digits and a check
 * letter, written with any separators and case ("50.123.456-q", "x-1234567-l"). Only numbers whose letter is right
 * are taken: a wrong letter is a typo the bot should ask about, not a document to act on. The value is upper case
 * without separators.
 */
public final class IdentityDocumentExtractor implements EntityExtractor {

    static final String DNI = "dni";
    static final String NIE = "nie";

    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final Pattern DNI_PATTERN =
            Pattern.compile("(?<![\\p{L}\\d.-])(\\d{2}\\.?\\d{3}\\.?\\d{3})[ -]?([a-z])(?![\\p{L}\\d])");
    private static final Pattern NIE_PATTERN =
            Pattern.compile("(?<![\\p{L}\\d])([xyz])[ -]?(\\d{7})[ -]?([a-z])(?![\\p{L}\\d])");

    @Override
    public List<Entity> extract(MessageText message) {
        List<Entity> found = new ArrayList<>();
        Matcher m = DNI_PATTERN.matcher(message.folded());
        while (m.find()) {
            String digits = m.group(1).replace(".", "");
            char letter = Character.toUpperCase(m.group(2).charAt(0));
            if (isValid(digits, letter)) {
                found.add(message.entity(DNI, digits + letter, m, 0));
            }
        }
        m = NIE_PATTERN.matcher(message.folded());
        while (m.find()) {
            char prefix = m.group(1).charAt(0);
            String digits = "xyz".indexOf(prefix) + m.group(2);
            char letter = Character.toUpperCase(m.group(3).charAt(0));
            if (isValid(digits, letter)) {
                String value = (prefix + m.group(2) + letter).toUpperCase(Locale.ROOT);
                found.add(message.entity(NIE, value, m, 0));
            }
        }
        return found;
    }

    /** The mod-23 check of Spanish identity numbers. */
    static boolean isValid(String digits, char letter) {
        return LETTERS.charAt((int) (Long.parseLong(digits) % 23)) == letter;
    }
}
