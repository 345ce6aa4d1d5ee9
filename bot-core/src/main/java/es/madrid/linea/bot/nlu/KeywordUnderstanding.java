package es.madrid.linea.bot.nlu;

import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The simplest understanding that keeps a first conversation polite: greetings, help, thanks and goodbyes by their
 * words; everything else is out of scope. The trained classifier replaces it; it remains as a fallback with no
 * start-up cost.
 */
public final class KeywordUnderstanding implements LanguageUnderstanding {

    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z0-9ñ]+");

    private static final Map<String, Set<String>> WORDS = Map.of(
            Intents.GREET, Set.of("hola", "buenas", "buenos", "saludos", "hey", "holi", "ola"),
            Intents.HELP, Set.of("ayuda", "ayudame", "menu", "opciones", "socorro"),
            Intents.THANKS, Set.of("gracias", "graciass", "thx", "agradecido", "agradecida"),
            Intents.GOODBYE, Set.of("adios", "chao", "chau", "hasta"));

    private static final List<String> ORDER = List.of(Intents.GOODBYE, Intents.THANKS, Intents.HELP, Intents.GREET);

    @Override
    public Understanding parse(String text, ZonedDateTime referenceTime) {
        List<String> tokens = List.of(NON_LETTERS.split(fold(text)));
        for (String intent : ORDER) {
            if (tokens.stream().anyMatch(WORDS.get(intent)::contains)) {
                Intent best = new Intent(intent, 0.9);
                return new Understanding(best, List.of(best), List.of(), List.of());
            }
        }
        Intent unknown = new Intent(Intents.OUT_OF_SCOPE, 0.5);
        return new Understanding(unknown, List.of(unknown), List.of(), List.of());
    }

    /** Lower case without accents (ñ kept): "¡Adiós!" becomes "¡adios!". */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ñ', '\u0001');
        String folded = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replace('\u0001', 'ñ');
    }
}
