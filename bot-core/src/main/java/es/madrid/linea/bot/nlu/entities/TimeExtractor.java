package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day as citizens say them (spec section 5), as HH:mm: "a las 10", "a las diez y media", "a las 12 menos
 * cuarto", "a las 17:30", "17h", "a las 5 de la tarde", and the parts of the day ("por la mañana" 09:00, "a mediodía"
 * 12:00, "por la tarde" 16:00, "por la noche" 20:00). A bare hour from 1 to 7 means the afternoon: nobody asks for an
 * appointment at four in the morning.
 */
public final class TimeExtractor implements EntityExtractor {

    static final String TYPE = "time";

    private static final String HOUR = "(\\d{1,2}|" + SpanishNumbers.WORD_PATTERN + ")";
    private static final String MINUTES = "(media|cuarto|" + SpanishNumbers.WORD_PATTERN + "|\\d{1,2})";
    private static final String QUALIFIER =
            "(?:\\s+(?:de\\s+la\\s+(manana|tarde|noche|madrugada)|del\\s+(mediodia)|en\\s+punto))?";

    private static final Pattern AT_HOUR = Pattern.compile("\\b(?:a|sobre|hacia|para|desde|hasta)\\s+las?\\s+" + HOUR
            + "(?::(\\d{2})|\\s?h\\b|\\s+horas\\b)?(?:\\s+y\\s+" + MINUTES + "|\\s+menos\\s+" + MINUTES + ")?\\b"
            + QUALIFIER);
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:/.,-])(\\d{1,2}):(\\d{2})(?![\\d:])" + QUALIFIER);
    private static final Pattern HOUR_MARK = Pattern.compile("(?<![\\d:/.,-])(\\d{1,2})\\s?h\\b" + QUALIFIER);
    private static final Pattern PART_OF_DAY =
            Pattern.compile("\\b(?:por\\s+la\\s+(manana|tarde|noche)|(?:a|al)\\s+(mediodia))\\b");

    @Override
    public List<Entity> extract(MessageText message) {
        List<Entity> found = new ArrayList<>();
        String text = message.folded();
        Matcher m = AT_HOUR.matcher(text);
        while (m.find()) {
            int hour = SpanishNumbers.value(m.group(1));
            int minutes = m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
            if (m.group(3) != null) {
                minutes = minutes(m.group(3));
            } else if (m.group(4) != null) {
                minutes = -minutes(m.group(4));
            }
            add(found, message, m, hour, minutes, m.group(5), m.group(6));
        }
        m = CLOCK.matcher(text);
        while (m.find()) {
            add(found, message, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group(4));
        }
        m = HOUR_MARK.matcher(text);
        while (m.find()) {
            add(found, message, m, Integer.parseInt(m.group(1)), 0, m.group(2), m.group(3));
        }
        m = PART_OF_DAY.matcher(text);
        while (m.find()) {
            String part = m.group(1) != null ? m.group(1) : m.group(2);
            String value = switch (part) {
                case "manana" -> "09:00";
                case "tarde" -> "16:00";
                case "noche" -> "20:00";
                default -> "12:00";
            };
            found.add(message.entity(TYPE, value, m, 0));
        }
        return found;
    }

    private static void add(
            List<Entity> found, MessageText message, Matcher m, int hour, int minutes, String part, String noon) {
        if (hour < 0 || hour > 24 || Math.abs(minutes) > 59) {
            return;
        }
        if (part == null && noon == null) {
            if (hour >= 1 && hour <= 7) {
                hour += 12;
            }
        } else if (("tarde".equals(part) || "noche".equals(part) || noon != null) && hour < 12) {
            hour += 12;
        }
        int total = Math.floorMod(hour * 60 + minutes, 24 * 60);
        found.add(message.entity(TYPE, String.format("%02d:%02d", total / 60, total % 60), m, 0));
    }

    private static int minutes(String words) {
        return switch (words) {
            case "media" -> 30;
            case "cuarto" -> 15;
            default -> SpanishNumbers.value(words);
        };
    }
}
