package es.madrid.linea.bench;

import java.time.Duration;

/**
 * Ends the suite when it runs past its profile's limit, whatever is stuck: the shutdown hooks still stop the service
 * it started. The suite must never hang a CI job or a developer's terminal.
 */
final class Watchdog {

    private Watchdog() {}

    static void start(Duration limit) {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        Thread.sleep(limit.toMillis());
                        System.err.println("bench: still running after " + limit.toSeconds() + " s; giving up");
                        System.exit(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
