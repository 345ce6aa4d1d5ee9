package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.normalisation.SpanishFolding;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;

/**
 * A citizen's message as the extractors read it: the original (for entity text and offsets), the folded copy of the
 * same length (for matching without caring about case or accents) and "now" in Madrid (for relative dates).
 */
public record MessageText(String original, String folded, ZonedDateTime now) {

    /** Dates the citizen says are Madrid dates, whatever zone the reference time was given in. */
    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    public static MessageText of(String text, ZonedDateTime referenceTime) {
        return new MessageText(text, SpanishFolding.fold(text), referenceTime.withZoneSameInstant(MADRID));
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    /** The entity for a span of the message. */
    public Entity entity(String type, String value, int start, int end) {
        return new Entity(type, value, original.substring(start, end), start, end);
    }

    /** The entity for a whole regex match (or one of its groups) on {@link #folded()}. */
    public Entity entity(String type, String value, Matcher match, int group) {
        return entity(type, value, match.start(group), match.end(group));
    }
}
