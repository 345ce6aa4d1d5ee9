package es.madrid.linea.bench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The class data sharing (CDS) archive of the extracted service jar: a training run starts the application up to
 * its refreshed context and exits ({@code -Dspring.context.exit=onRefresh}), dumping every class it loaded; later
 * starts map that archive instead of reading and verifying the classes again. This is the faster start-up
 * configuration {@code bench/README.md} documents for operators; the suite measures it beside plain
 * {@code java -jar}.
 */
public final class ClassDataArchive {

    private static final long TRAINING_LIMIT_MINUTES = 5;

    private ClassDataArchive() {}

    /** The JVM options that start the extracted jar with the archive. */
    public static List<String> jvmOptions(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /**
     * The archive beside the extracted jar, made by a training run when it is missing or older than the jar.
     *
     * @throws IllegalStateException when the training run fails
     */
    public static Path ensure(Path extractedJar, Path workDirectory) throws IOException, InterruptedException {
        Path archive = extractedJar.resolveSibling("cibeles.jsa");
        if (Files.exists(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(extractedJar)) > 0) {
            return archive;
        }
        Files.deleteIfExists(archive);
        Path dataDirectory = Files.createDirectories(workDirectory.resolve("data-cds-training"))
                .toAbsolutePath();
        Process training = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath(),
                        "-Dspring.context.exit=onRefresh",
                        "-jar",
                        extractedJar.toString(),
                        "--server.port=0",
                        "--cibeles.data-dir=" + dataDirectory)
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("cds-training.log").toFile())
                .start();
        if (!training.waitFor(TRAINING_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            training.destroyForcibly();
            throw new IllegalStateException(
                    "the CDS training run did not finish in " + TRAINING_LIMIT_MINUTES + " min");
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the CDS training run made no archive (see cds-training.log)");
        }
        return archive;
    }
}
