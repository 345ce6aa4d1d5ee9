package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses; the value is lower case ("Maria.Lopez@Gmail.com" → "maria.lopez@gmail.com"). */
public final class EmailExtractor implements EntityExtractor {

    static final String TYPE = "email";

    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\\.[A-Za-z]{2,24}(?![\\w-])");

    @Override
    public List<Entity> extract(MessageText message) {
        List<Entity> found = new ArrayList<>();
        Matcher m = EMAIL.matcher(message.original());
        while (m.find()) {
            found.add(message.entity(TYPE, m.group().toLowerCase(Locale.ROOT), m, 0));
        }
        return found;
    }
}
