package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Avisos Madrid alert codes: a standalone number of 7 or 8 digits ("6624410"), as written. A phone, a postcode or a
 * DNI is not an alert code: the phone and document extractors win when they claim the same digits.
 */
public final class AlertCodeExtractor implements EntityExtractor {

    static final String TYPE = "alert_code";

    private static final Pattern CODE =
            Pattern.compile("(?<![\\d\\p{L}.,/+-]|\\d[ .-])\\d{7,8}(?![\\d\\p{L}]|[.,/-]\\d|[ ]\\d)");

    @Override
    public List<Entity> extract(MessageText message) {
        List<Entity> found = new ArrayList<>();
        Matcher m = CODE.matcher(message.folded());
        while (m.find()) {
            found.add(message.entity(TYPE, m.group(), m, 0));
        }
        return found;
    }
}
