package es.madrid.linea.bot.nlu;

import java.time.ZonedDateTime;

/** Port: reads a citizen's Spanish. Relative dates ("mañana", "el martes") are resolved against referenceTime. */
public interface LanguageUnderstanding {

    Understanding parse(String text, ZonedDateTime referenceTime);
}
