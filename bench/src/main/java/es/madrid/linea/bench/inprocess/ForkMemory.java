package es.madrid.linea.bench.inprocess;

import es.madrid.linea.bench.report.Memory;
import es.madrid.linea.bench.service.ServiceProbe;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * The memory of the JMH fork that ran the service in process, passed through a file written at the end of the trial
 * because the fork's JVM is gone by the time the suite reports.
 */
final class ForkMemory {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double MB = 1024.0 * 1024.0;

    private ForkMemory() {}

    /** Writes this JVM's heap in use, its heap after a full collection, and its resident memory. */
    static void writeTo(Path file) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double used = memory.getHeapMemoryUsage().getUsed() / MB;
        System.gc();
        double afterGc = memory.getHeapMemoryUsage().getUsed() / MB;
        Memory measured = new Memory(
                round(used),
                round(afterGc),
                ServiceProbe.rssMb(ProcessHandle.current().pid()));
        Files.writeString(file, JSON.writeValueAsString(measured));
    }

    static Memory readFrom(Path file) throws IOException {
        return Files.exists(file) ? JSON.readValue(Files.readString(file), Memory.class) : Memory.UNKNOWN;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
