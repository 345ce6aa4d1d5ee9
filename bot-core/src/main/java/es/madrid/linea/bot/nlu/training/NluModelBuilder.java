package es.madrid.linea.bot.nlu.training;

import es.madrid.linea.bot.nlu.entities.Districts;
import es.madrid.linea.bot.nlu.entities.EntityExtraction;
import es.madrid.linea.bot.nlu.incidents.AvisosReport;
import es.madrid.linea.bot.nlu.incidents.AvisosServices;
import es.madrid.linea.bot.nlu.incidents.IncidentCategoryClassifier;
import es.madrid.linea.bot.nlu.incidents.IncidentModelTraining;
import es.madrid.linea.bot.nlu.intents.IntentClassifier;
import es.madrid.linea.bot.nlu.intents.IntentModelTraining;
import es.madrid.linea.bot.nlu.intents.LabelledText;
import es.madrid.linea.bot.nlu.intents.OutOfScopeCorpus;
import es.madrid.linea.bot.nlu.intents.TrainingPhrases;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the NLU models when bot-core is built (a Maven execution after compilation): the intent classifier from the
 * editors' phrases and the out-of-scope corpus, the incident-category classifier from the Avisos train split, both
 * tuned on dev data. Training the Avisos model takes about a minute, so it never runs at start-up; and a fingerprint
 * of the inputs (data files and the NLU classes) skips the work when nothing changed since the last build.
 *
 * <p>Arguments: the kb-content folder, the output folder, the compiled classes folder.
 */
public final class NluModelBuilder {

    private static final String FINGERPRINT_FILE = "inputs.sha256";

    private final TrainingData data;
    private final PrintStream out;

    public NluModelBuilder(TrainingData data, PrintStream out) {
        this.data = data;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: NluModelBuilder <kb-content> <output folder> <classes folder>");
        }
        PrintStream out = ConsoleOutput.open();
        TrainingData data = new TrainingData(Path.of(args[0]));
        Path output = Path.of(args[1]);
        String fingerprint = fingerprint(data.modelInputs(), Path.of(args[2]).resolve("es/madrid/linea/bot/nlu"));
        Path fingerprintFile = output.resolve(FINGERPRINT_FILE);
        if (Files.exists(fingerprintFile) && Files.readString(fingerprintFile).equals(fingerprint)) {
            out.println("[nlu] models are up to date (" + output + ")");
            return;
        }
        new NluModelBuilder(data, out).build().write(output);
        Files.writeString(fingerprintFile, fingerprint);
        out.println("[nlu] models written to " + output);
    }

    /** Trains and tunes both models. */
    public NluModels build() {
        EntityExtraction entities = EntityExtraction.standard(Districts.read(data.districts()));
        long start = System.nanoTime();
        List<LabelledText> phrases = TrainingPhrases.read(data.intentPhrases());
        List<LabelledText> dev = new ArrayList<>(IntentDevSet.read(data.intentsDev()));
        dev.addAll(OutOfScopeCorpus.read(data.outOfScopeDev()));
        IntentClassifier intents = IntentModelTraining.standard()
                .train(phrases, OutOfScopeCorpus.read(data.outOfScopeTrain()), dev, entities);
        out.printf(
                "[nlu] intent model: %d phrases, %d features, temperature %.3f, %s, trained in %.1f s%n",
                phrases.size(),
                intents.model().featureCount(),
                intents.model().temperature(),
                intents.thresholds(),
                seconds(start));
        start = System.nanoTime();
        List<AvisosReport> train = AvisosReport.read(data.avisosTrain());
        IncidentCategoryClassifier categories = IncidentModelTraining.standard()
                .train(
                        train,
                        AvisosReport.read(data.avisosDev()),
                        AvisosServices.read(data.avisosServices()),
                        entities);
        out.printf(
                "[nlu] incident-category model: %d reports, %d features, temperature %.3f, trained in %.1f s%n",
                train.size(),
                categories.model().featureCount(),
                categories.model().temperature(),
                seconds(start));
        return new NluModels(intents, categories);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** SHA-256 over the inputs' paths and bytes, and the classes that shape the models. */
    static String fingerprint(List<Path> inputs, Path classes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = new ArrayList<>();
            for (Path input : inputs) {
                files.addAll(filesIn(input));
            }
            if (Files.isDirectory(classes)) {
                try (Stream<Path> walk = Files.walk(classes)) {
                    walk.filter(Files::isRegularFile)
                            // The evaluation tools and the runtime wiring do not shape the models.
                            .filter(p -> !p.toString().contains("/evaluation/")
                                    && !p.toString().contains("/trained/"))
                            .sorted()
                            .forEach(files::add);
                }
            }
            for (Path file : files) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file, or the files directly in a folder (kb-content/nlu: the phrases; its data/ is listed apart). */
    private static List<Path> filesIn(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listing = Files.list(path)) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
