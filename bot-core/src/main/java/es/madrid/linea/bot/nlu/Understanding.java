package es.madrid.linea.bot.nlu;

import java.util.List;
import java.util.Optional;

/**
 * What the bot understood of one message: the best intent, the ranking it was chosen from, the entities and, when
 * the text could describe an incident, the ranked Avisos categories.
 *
 * <p>{@code confident} says whether the intent's calibrated confidence reaches the threshold tuned on dev data for
 * acting on it. When it does not, the dialogue should ask back or offer the top of the ranking as options, never act
 * on a guess. It is decided once, when the message is understood, and stored with the event, so a replay sees the
 * same decision even after the model changes.
 */
public record Understanding(
        Intent intent,
        List<Intent> ranking,
        List<Entity> entities,
        List<IncidentCategory> incidentCategories,
        boolean confident) {

    /** The confidence above which an understanding built without a tuned threshold counts as confident. */
    public static final double DEFAULT_CONFIDENT_AT = 0.5;

    public Understanding {
        ranking = List.copyOf(ranking);
        entities = List.copyOf(entities);
        incidentCategories = List.copyOf(incidentCategories);
    }

    /**
     * An understanding from a source without a tuned threshold (a rule, a test): confident when its confidence is
     * over {@link #DEFAULT_CONFIDENT_AT}.
     */
    public Understanding(
            Intent intent, List<Intent> ranking, List<Entity> entities, List<IncidentCategory> incidentCategories) {
        this(intent, ranking, entities, incidentCategories, intent.confidence() > DEFAULT_CONFIDENT_AT);
    }

    /** Understanding of a message that carries no text to classify (a button press or a shared location). */
    public static Understanding none() {
        return new Understanding(new Intent(Intents.OUT_OF_SCOPE, 0.0), List.of(), List.of(), List.of());
    }

    public Optional<Entity> firstEntity(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).findFirst();
    }
}
