package es.madrid.linea.bot.privacy;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.entities.AddressExtractor;
import es.madrid.linea.bot.nlu.entities.MessageText;
import java.time.ZonedDateTime;
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

    /** Street addresses are recognised in one place, the NLU's extractor, so masking and understanding agree. */
    private static final AddressExtractor ADDRESSES = new AddressExtractor();

    private static final ZonedDateTime ANY_TIME = ZonedDateTime.parse("2026-01-01T12:00:00+01:00");

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}"), "[email]"),
            new Rule(Pattern.compile("(?i)\\b[XYZ][\\s.-]?\\d{7}[\\s.-]?[A-Z]\\b"), "[nie]"),
            new Rule(Pattern.compile("(?i)\\b\\d{8}[\\s.-]?[A-Z]\\b"), "[dni]"),
            new Rule(
                    Pattern.compile(
                            "(?:\\+|\\b00)34[\\s.-]?[6789](?:[\\s.-]?\\d){8}\\b|\\b[6789](?:[\\s.-]?\\d){8}\\b"),
                    "[phone]"));

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
        List<Entity> addresses = ADDRESSES.extract(MessageText.of(masked, ANY_TIME));
        StringBuilder out = new StringBuilder(masked);
        for (int i = addresses.size() - 1; i >= 0; i--) {
            out.replace(addresses.get(i).start(), addresses.get(i).end(), "[address]");
        }
        return out.toString();
    }
}
