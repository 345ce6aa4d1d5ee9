package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.time.ZonedDateTime;
import java.util.List;

/** Test fixture: the standard extraction with the real districts, at a fixed "now" (Sunday 29 November 2026). */
final class Extraction {

    static final ZonedDateTime SUNDAY = ZonedDateTime.parse("2026-11-29T10:00:00+01:00");
    private static final EntityExtraction STANDARD = EntityExtraction.standard(Districts.fromClasspath());

    private Extraction() {}

    static List<Entity> of(String text) {
        return STANDARD.extract(text, SUNDAY);
    }

    static List<Entity> of(String text, String referenceTime) {
        return STANDARD.extract(text, ZonedDateTime.parse(referenceTime));
    }

    /** "type:value[text]" of each entity, for one-line assertions. */
    static List<String> described(String text) {
        return of(text).stream()
                .map(e -> e.type() + ":" + e.value() + "[" + e.text() + "]")
                .toList();
    }
}
