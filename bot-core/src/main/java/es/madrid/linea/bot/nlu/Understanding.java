package es.madrid.linea.bot.nlu;

import java.util.List;
import java.util.Optional;

/**
 * What the bot understood of one message: the best intent, the ranking it was chosen from, the entities and, when
 * the text could describe an incident, the ranked Avisos categories.
 */
public record Understanding(
        Intent intent, List<Intent> ranking, List<Entity> entities, List<IncidentCategory> incidentCategories) {

    public Understanding {
        ranking = List.copyOf(ranking);
        entities = List.copyOf(entities);
        incidentCategories = List.copyOf(incidentCategories);
    }

    /** Understanding of a message that carries no text to classify (a button press or a shared location). */
    public static Understanding none() {
        return new Understanding(new Intent(Intents.OUT_OF_SCOPE, 0.0), List.of(), List.of(), List.of());
    }

    public Optional<Entity> firstEntity(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).findFirst();
    }
}
