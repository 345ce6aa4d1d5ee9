package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish phone numbers (spec section 5): 9 digits starting with 6, 7, 8 or 9, optionally after +34 or 0034, with
 * spaces, dots or dashes between groups ("600 12 34 56", "612.345.678"). The value is "+34" and the 9 digits. Short
 * numbers such as 010 are not phone entities.
 */
public final class PhoneExtractor implements EntityExtractor {

    static final String TYPE = "phone";

    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d+\\p{L}])(?:(?:\\+|00)34[ .-]?)?([6789](?:[ .-]?\\d){8})(?![\\d\\p{L}]|[ .-]\\d)");

    @Override
    public List<Entity> extract(MessageText message) {
        List<Entity> found = new ArrayList<>();
        Matcher m = PHONE.matcher(message.folded());
        while (m.find()) {
            String digits = m.group(1).replaceAll("[ .-]", "");
            found.add(message.entity(TYPE, "+34" + digits, m, 0));
        }
        return found;
    }
}
