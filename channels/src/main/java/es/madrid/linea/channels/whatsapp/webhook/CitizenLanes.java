package es.madrid.linea.channels.whatsapp.webhook;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work per citizen on a shared pool: one lane per citizen, never two runs of the same lane at once, different
 * citizens in parallel. A signal that comes while a lane runs makes it run once more afterwards, so no signal is lost
 * and none starts a second, concurrent run.
 */
final class CitizenLanes {

    private enum Lane {
        RUNNING,
        RUN_AGAIN
    }

    private static final Logger log = LoggerFactory.getLogger(CitizenLanes.class);

    private final ExecutorService pool;
    private final Consumer<String> work;
    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

    CitizenLanes(ExecutorService pool, Consumer<String> work) {
        this.pool = pool;
        this.work = work;
    }

    /** Runs the citizen's work soon (again, if it is running now). */
    void signal(String citizenKey) {
        boolean[] start = {false};
        lanes.compute(citizenKey, (key, lane) -> {
            start[0] = lane == null;
            return lane == null ? Lane.RUNNING : Lane.RUN_AGAIN;
        });
        if (start[0]) {
            try {
                pool.execute(() -> run(citizenKey));
            } catch (RejectedExecutionException stopping) {
                lanes.remove(citizenKey); // stopping: the work is found again at the next start
            }
        }
    }

    int active() {
        return lanes.size();
    }

    private void run(String citizenKey) {
        while (true) {
            try {
                work.accept(citizenKey);
            } catch (RuntimeException e) {
                log.error("processing for citizen {} failed", citizenKey, e);
            }
            Lane after =
                    lanes.computeIfPresent(citizenKey, (key, lane) -> lane == Lane.RUN_AGAIN ? Lane.RUNNING : null);
            if (after == null || Thread.currentThread().isInterrupted()) {
                if (after != null) {
                    lanes.remove(citizenKey);
                }
                return;
            }
        }
    }
}
