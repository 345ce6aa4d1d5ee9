package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Madrid postcodes: five digits starting with 28 ("28045"), never a piece of a longer number. */
public final class PostcodeExtractor implements EntityExtractor {

    static final String TYPE = "postcode";

    private static final Pattern POSTCODE = Pattern.compile("(?<![\\d.,/-]|\\d[ .-])28\\d{3}(?!\\d|[.,/-]\\d|[ ]\\d)");

    @Override
    public List<Entity> extract(MessageText message) {
        List<Entity> found = new ArrayList<>();
        Matcher m = POSTCODE.matcher(message.folded());
        while (m.find()) {
            found.add(message.entity(TYPE, m.group(), m, 0));
        }
        return found;
    }
}
