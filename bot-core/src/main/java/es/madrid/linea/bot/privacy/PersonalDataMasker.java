package es.madrid.linea.bot.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in free text with a label: {@code [dni]}, {@code [nie]}, {@code [email]}, {@code [phone]},
 * {@code [address]}. It errs on the side of masking: a number that merely looks like a phone number is masked too,
 * because a log line loses little by it and a leaked number cannot be taken back.
 */
public final class PersonalDataMasker {

    private record Rule(Pattern pattern, String label) {}

    private static final String STREET_TYPES = "calle|c/|avenida|avda\\.?|av\\.|paseo|p[º°]|plaza|pza\\.?|glorieta"
            + "|carretera|ctra\\.?|traves[ií]a|costanilla|callej[oó]n|pasaje|bulevar";

    /** Street types that are also everyday words ("¿cuánto cuesta?"): an address only when a number follows. */
    private static final String EVERYDAY_STREET_TYPES = "ronda|camino|cuesta|v[ií]a|carrera";

    private static final String STREET_NAME =
            "\\s+(?:de\\s+|del\\s+|de\\s+la\\s+|de\\s+los\\s+|de\\s+las\\s+)?[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,3}";
    private static final String STREET_NUMBER = ",?\\s*(?:n[º°o]\\.?\\s*)?\\d+[a-zA-Z]?";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}"), "[email]"),
            new Rule(Pattern.compile("(?i)\\b[XYZ][\\s.-]?\\d{7}[\\s.-]?[A-Z]\\b"), "[nie]"),
            new Rule(Pattern.compile("(?i)\\b\\d{8}[\\s.-]?[A-Z]\\b"), "[dni]"),
            new Rule(
                    Pattern.compile(
                            "(?:\\+|\\b00)34[\\s.-]?[6789](?:[\\s.-]?\\d){8}\\b|\\b[6789](?:[\\s.-]?\\d){8}\\b"),
                    "[phone]"),
            new Rule(
                    Pattern.compile("(?iu)\\b(?:" + STREET_TYPES + ")" + STREET_NAME + "(?:" + STREET_NUMBER + ")?"),
                    "[address]"),
            new Rule(
                    Pattern.compile("(?iu)\\b(?:" + EVERYDAY_STREET_TYPES + ")" + STREET_NAME + STREET_NUMBER),
                    "[address]"));

    private PersonalDataMasker() {}

    /** The text with every personal datum replaced by its label; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(masked);
            masked = matcher.replaceAll(Matcher.quoteReplacement(rule.label()));
        }
        return masked;
    }
}
