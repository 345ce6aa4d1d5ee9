package es.madrid.linea.bot.dialogue.appointments;

import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.text.SpanishText;
import java.util.Optional;
import java.util.Set;

/**
 * A typed "sí" or "no" to a yes/no question the bot asked with options: read as the payload of the matching option,
 * so "sí" after "¿La anulo?" does what tapping "Sí, anularla" does.
 */
final class Answers {

    private static final Set<String> YES =
            Set.of("si", "vale", "ok", "de acuerdo", "si por favor", "claro", "si claro");
    private static final Set<String> NO = Set.of("no", "no gracias", "mejor no", "no no");

    private Answers() {}

    /**
     * The payload a typed yes or no stands for: the offered option whose id starts with {@code yesPrefix} for a yes,
     * the one with id {@code noPayload} for a no; empty when the turn is not such an answer or no such option was
     * offered.
     */
    static Optional<String> typedChoice(Turn turn, String yesPrefix, String noPayload) {
        if (!turn.hasText()) {
            return Optional.empty();
        }
        String folded = SpanishText.fold(turn.text());
        boolean yes = YES.contains(folded) || (turn.clearly(Intents.AFFIRM) && folded.split(" ").length <= 4);
        boolean no = NO.contains(folded) || (turn.clearly(Intents.DENY) && folded.split(" ").length <= 4);
        if (yes == no) {
            return Optional.empty();
        }
        return turn.conversation().offeredOptions().stream()
                .map(Option::id)
                .filter(id -> yes ? id.startsWith(yesPrefix) : id.equals(noPayload))
                .findFirst()
                .filter(id -> yes
                        || turn.conversation().offeredOptions().stream().anyMatch(o -> o.id().startsWith(yesPrefix)));
    }
}
