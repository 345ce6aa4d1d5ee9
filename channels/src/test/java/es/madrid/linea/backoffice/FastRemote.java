package es.madrid.linea.backoffice;

import es.madrid.linea.backoffice.remote.RemoteSettings;
import java.time.Duration;

/**
 * Remote settings for tests: short backoff, and a read timeout that a cold JVM on a busy machine still meets (tests of
 * timeouts choose a short one).
 */
public final class FastRemote {

    private FastRemote() {}

    public static RemoteSettings settings() {
        return settings(Duration.ofSeconds(5));
    }

    public static RemoteSettings settings(Duration readTimeout) {
        return new RemoteSettings(
                Duration.ofMillis(500), readTimeout, 3, Duration.ofMillis(10), 50, 10, Duration.ofSeconds(60));
    }
}
