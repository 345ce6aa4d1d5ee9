package es.madrid.linea.backoffice;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A task run every {@code interval} on its own thread while the application runs, first at start-up so that what
 * came due while the service was down is caught up at once. A failing run is logged and the next one runs as usual.
 */
public final class BackgroundJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJob.class);

    private final String name;
    private final Duration interval;
    private final IntSupplier task;
    private ScheduledExecutorService executor;

    /** @param task does one round and says how much it did (for the log) */
    public BackgroundJob(String name, Duration interval, IntSupplier task) {
        this.name = name;
        this.interval = interval;
        this.task = task;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cibeles-" + name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            int done = task.getAsInt();
            if (done > 0) {
                log.info("{}: {} done", name, done);
            }
        } catch (RuntimeException e) {
            log.error("{} failed; it runs again in {}", name, interval, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Stops before the web server and the database go (they stop in later phases). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
