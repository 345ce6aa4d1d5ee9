package es.madrid.linea.bot.nlu.trained;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.IncidentCategory;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.nlu.entities.Districts;
import es.madrid.linea.bot.nlu.entities.EntityExtraction;
import es.madrid.linea.bot.nlu.incidents.IncidentCategoryClassifier;
import es.madrid.linea.bot.nlu.intents.IntentClassifier;
import es.madrid.linea.bot.nlu.intents.IntentPrediction;
import es.madrid.linea.bot.nlu.training.NluModels;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The language understanding of the product: entities first (they become placeholders for the classifiers), then
 * the intent with its calibrated confidence and out-of-scope decision, then, when the text could describe an
 * incident, the ranked Avisos categories. Thread-safe and allocation-light: one instance serves every conversation.
 */
public final class TrainedUnderstanding implements LanguageUnderstanding {

    /** How many Avisos categories are listed (the parse API promises at least 3). */
    static final int CATEGORIES_LISTED = 5;

    /** Intents whose text may describe an incident, whatever the probabilities say. */
    private static final Set<String> INCIDENT_INTENTS =
            Set.of(Intents.REPORT_INCIDENT, Intents.INCIDENT_STATUS, Intents.COMPLAINT);

    /** A report_incident probability from which the text could describe an incident whatever the best intent. */
    static final double INCIDENT_PROBABILITY = 0.10;

    private final EntityExtraction entities;
    private final IntentClassifier intents;
    private final CompletableFuture<IncidentCategoryClassifier> categories;

    public TrainedUnderstanding(
            EntityExtraction entities, IntentClassifier intents, IncidentCategoryClassifier categories) {
        this(entities, intents, CompletableFuture.completedFuture(categories));
    }

    private TrainedUnderstanding(
            EntityExtraction entities,
            IntentClassifier intents,
            CompletableFuture<IncidentCategoryClassifier> categories) {
        this.entities = entities;
        this.intents = intents;
        this.categories = categories;
    }

    /**
     * The models packaged with bot-core and the districts of the classpath's kb-content. The small intent model is
     * loaded now; the 10 MB category model on a background thread, so that it does not delay start-up: the first
     * incident report waits for it only if it comes within the first second or so.
     */
    public static TrainedUnderstanding fromClasspath() {
        CompletableFuture<IncidentCategoryClassifier> categories = new CompletableFuture<>();
        Thread loader = new Thread(
                () -> {
                    try {
                        categories.complete(NluModels.incidentCategoriesFromClasspath());
                    } catch (RuntimeException | Error e) {
                        categories.completeExceptionally(e);
                    }
                },
                "nlu-category-model-loader");
        loader.setDaemon(true);
        loader.start();
        return new TrainedUnderstanding(
                EntityExtraction.standard(Districts.fromClasspath()), NluModels.intentsFromClasspath(), categories);
    }

    public IntentClassifier intents() {
        return intents;
    }

    @Override
    public Understanding parse(String text, ZonedDateTime referenceTime) {
        List<Entity> found = entities.extract(text, referenceTime);
        IntentPrediction prediction = intents.classify(text, found);
        List<IncidentCategory> ranked = couldDescribeIncident(prediction)
                ? categories.join().rank(text, found).subList(0, CATEGORIES_LISTED)
                : List.of();
        return new Understanding(prediction.intent(), prediction.ranking(), found, ranked, prediction.confident());
    }

    private static boolean couldDescribeIncident(IntentPrediction prediction) {
        if (INCIDENT_INTENTS.contains(prediction.intent().name())) {
            return true;
        }
        return prediction.ranking().stream()
                .filter(i -> i.name().equals(Intents.REPORT_INCIDENT))
                .mapToDouble(Intent::confidence)
                .anyMatch(p -> p >= INCIDENT_PROBABILITY);
    }
}
