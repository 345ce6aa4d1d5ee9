package es.madrid.linea.bot.nlu.training;

import java.nio.file.Path;
import java.util.List;

/**
 * The files the model builders may read, all under the kb-content folder: training data and dev data. The held-out
 * test splits are not among them: only {@code HeldOutData}, which the evaluation command alone uses, knows where they
 * are, and {@link #file} refuses any path into that folder.
 */
public record TrainingData(Path contentRoot) {

    /** The folder of the held-out test splits, relative to the content root. */
    public static final String HELD_OUT_FOLDER = "eval/heldout";

    public Path intentPhrases() {
        return file("nlu");
    }

    public Path outOfScopeTrain() {
        return file("nlu/data/out-of-scope-es/train-es.intent_utterance_slots.tsv");
    }

    public Path avisosTrain() {
        return file("nlu/data/avisos-madrid/train.jsonl.gz");
    }

    public Path avisosServices() {
        return file("nlu/data/avisos-madrid/services.csv");
    }

    public Path intentsDev() {
        return file("eval/intents-dev.jsonl");
    }

    public Path outOfScopeDev() {
        return file("eval/out-of-scope-es/eval-es.intent_utterance_slots.tsv");
    }

    public Path avisosDev() {
        return file("eval/avisos-madrid/dev.jsonl.gz");
    }

    public Path districts() {
        return file("offices/districts.yml");
    }

    /** Every input of the models, for the fingerprint that decides whether they must be rebuilt. */
    public List<Path> modelInputs() {
        return List.of(
                intentPhrases(),
                outOfScopeTrain(),
                avisosTrain(),
                avisosServices(),
                intentsDev(),
                outOfScopeDev(),
                avisosDev(),
                districts());
    }

    /** A file under the content root; never one of the held-out test splits. */
    Path file(String relative) {
        Path root = contentRoot.toAbsolutePath().normalize();
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.startsWith(root.resolve(HELD_OUT_FOLDER))) {
            throw new IllegalArgumentException("the model builders never read " + relative);
        }
        return path;
    }
}
