package es.madrid.linea.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The machine the figures came from. The service under test runs on the same JVM binary as the suite.
 *
 * @param cores processors available to the JVM
 * @param memoryMb total memory of the machine
 */
public record Machine(int cores, String cpu, Long memoryMb, String os, String jvm) {

    public static Machine current() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                procField("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
                procField("/proc/meminfo", "MemTotal")
                        .map(kb -> Long.parseLong(kb.replaceAll("\\D", "")) / 1024)
                        .orElse(null),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    private static Optional<String> procField(String file, String field) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(field))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
