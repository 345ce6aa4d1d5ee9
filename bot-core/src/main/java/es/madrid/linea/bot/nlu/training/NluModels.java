package es.madrid.linea.bot.nlu.training;

import es.madrid.linea.bot.nlu.incidents.IncidentCategoryClassifier;
import es.madrid.linea.bot.nlu.intents.IntentClassifier;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The two trained models as the application loads them: built by {@link NluModelBuilder} when bot-core is built, and
 * packaged in its jar under {@value #RESOURCE_FOLDER}.
 */
public record NluModels(IntentClassifier intents, IncidentCategoryClassifier incidentCategories) {

    public static final String RESOURCE_FOLDER = "nlu-models";
    static final String INTENTS_FILE = "intents.bin.gz";
    static final String INCIDENTS_FILE = "incident-categories.bin.gz";

    /** The models packaged with the application. */
    public static NluModels fromClasspath() {
        return new NluModels(intentsFromClasspath(), incidentCategoriesFromClasspath());
    }

    /** The packaged intent classifier (under a megabyte). */
    public static IntentClassifier intentsFromClasspath() {
        try (InputStream in = resource(INTENTS_FILE)) {
            return IntentClassifier.read(data(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the intent model", e);
        }
    }

    /** The packaged incident-category classifier (about 10 MB). */
    public static IncidentCategoryClassifier incidentCategoriesFromClasspath() {
        try (InputStream in = resource(INCIDENTS_FILE)) {
            return IncidentCategoryClassifier.read(data(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the incident-category model", e);
        }
    }

    /** The models of a folder written by {@link #write}. */
    public static NluModels read(Path folder) {
        try (InputStream intents = Files.newInputStream(folder.resolve(INTENTS_FILE));
                InputStream incidents = Files.newInputStream(folder.resolve(INCIDENTS_FILE))) {
            return new NluModels(
                    IntentClassifier.read(data(intents)), IncidentCategoryClassifier.read(data(incidents)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NLU models in " + folder, e);
        }
    }

    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (DataOutputStream out = output(folder.resolve(INTENTS_FILE))) {
            intents.write(out);
        }
        try (DataOutputStream out = output(folder.resolve(INCIDENTS_FILE))) {
            incidentCategories.write(out);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = NluModels.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + "/" + file);
        if (in == null) {
            throw new IllegalStateException(RESOURCE_FOLDER + "/" + file
                    + " is not on the classpath: build bot-core with Maven, which trains the models");
        }
        return in;
    }

    private static DataInputStream data(InputStream in) throws IOException {
        return new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
    }

    private static DataOutputStream output(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16));
    }
}
