package es.madrid.linea.bot.nlu.trained;

/** Test fixture: the understanding built from the models packaged by this module's build, loaded once. */
final class PackagedModels {

    static final TrainedUnderstanding UNDERSTANDING = TrainedUnderstanding.fromClasspath();

    private PackagedModels() {}
}
