package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import es.madrid.linea.bot.nlu.Understanding;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Understands exactly the sentences a test teaches it; anything else is out of scope. */
final class ScriptedUnderstanding implements LanguageUnderstanding {

    private final Map<String, Understanding> taught = new HashMap<>();

    ScriptedUnderstanding teach(String text, String intent, double confidence) {
        Intent best = new Intent(intent, confidence);
        taught.put(text, new Understanding(best, List.of(best), List.of(), List.of()));
        return this;
    }

    @Override
    public Understanding parse(String text, ZonedDateTime referenceTime) {
        Intent unknown = new Intent(Intents.OUT_OF_SCOPE, 0.6);
        return taught.getOrDefault(text, new Understanding(unknown, List.of(unknown), List.of(), List.of()));
    }
}
