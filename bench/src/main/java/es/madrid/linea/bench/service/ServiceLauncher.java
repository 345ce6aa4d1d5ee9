package es.madrid.linea.bench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Launches the service jar for the suite: each launch on a free loopback port with its own fresh data directory
 * under the run's work directory, with the given JVM options and extra arguments (e.g. the bench echo, the WhatsApp
 * settings pointing at the suite's fake Graph API).
 */
public final class ServiceLauncher {

    private static final Duration READY_LIMIT = Duration.ofSeconds(180);

    private final String label;
    private final Path jar;
    private final Path workDirectory;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private int launches;

    /** @param label names the data directories and logs of this launcher's processes */
    public ServiceLauncher(
            String label, Path jar, Path workDirectory, List<String> jvmOptions, List<String> arguments) {
        this.label = label;
        this.jar = jar;
        this.workDirectory = workDirectory;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.arguments = List.copyOf(arguments);
    }

    /** A started service and how long it took from launch to health UP. */
    public record Started(ServiceProcess service, Duration toReady) {}

    /** Launches the service and waits until it is ready; stops it again if it never gets there. */
    public Started launch() throws IOException, InterruptedException {
        launches++;
        // Absolute: H2 refuses a database path that is implicitly relative to the working directory.
        Path dataDirectory = Files.createDirectories(workDirectory.resolve("data-" + label + "-" + launches))
                .toAbsolutePath();
        Path log = workDirectory.resolve(label + "-" + launches + ".log");
        ServiceProcess service = ServiceProcess.launch(jar, FreePort.find(), dataDirectory, jvmOptions, arguments, log);
        try {
            return new Started(service, service.awaitReady(READY_LIMIT));
        } catch (IllegalStateException | InterruptedException e) {
            service.close();
            throw new IllegalStateException(e.getMessage() + " (see " + log + ")", e);
        }
    }
}
