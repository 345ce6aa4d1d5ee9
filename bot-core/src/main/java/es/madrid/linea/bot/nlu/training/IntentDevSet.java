package es.madrid.linea.bot.nlu.training;

import es.madrid.linea.bot.nlu.intents.LabelledText;
import java.nio.file.Path;
import java.util.List;

/** An intents JSONL file: {@code {"text": "...", "intent": "<name>"}} per line. */
public final class IntentDevSet {

    private IntentDevSet() {}

    public static List<LabelledText> read(Path file) {
        return JsonLines.read(file).stream()
                .map(row -> new LabelledText(
                        row.path("text").asString(""), row.path("intent").asString("")))
                .toList();
    }
}
