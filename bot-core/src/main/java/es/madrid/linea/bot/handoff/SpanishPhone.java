package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.nlu.Understanding;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spanish phone number in what the citizen wrote ("600 12 34 56", "+34 912 345 678", "0034600123456"), normalised
 * to {@code +34} and nine digits. The language-understanding's {@code phone} entity is preferred when present.
 */
final class SpanishPhone {

    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d+])(?:(?:\\+|00)34[\\s.-]?)?([6789](?:[\\s.-]?\\d){8})(?!\\d)");

    private SpanishPhone() {}

    static Optional<String> in(String text, Understanding understanding) {
        if (understanding != null) {
            Optional<String> entity = understanding.firstEntity("phone").map(e -> e.value());
            if (entity.isPresent() && entity.get().matches("\\+34[6789]\\d{8}")) {
                return entity;
            }
        }
        return parse(text);
    }

    static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = PHONE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of("+34" + matcher.group(1).replaceAll("\\D", ""));
    }

    /** How the bot names a number without repeating it: "número acabado en 56". */
    static String ending(String phone) {
        return "número acabado en " + phone.substring(phone.length() - 2);
    }
}
