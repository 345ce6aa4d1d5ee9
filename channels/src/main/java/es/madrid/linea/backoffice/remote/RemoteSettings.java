package es.madrid.linea.backoffice.remote;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to call one external system.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the whole answer
 * @param maxAttempts tries per call, the first included, when retrying is safe
 * @param backoff the wait before the first retry; it doubles with each one
 * @param failureRatePercent the share of failed calls (in the last {@code window}) that opens the circuit
 * @param window how many recent calls the circuit breaker looks at
 * @param openFor how long an open circuit refuses calls before trying again
 */
public record RemoteSettings(
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("200ms") Duration backoff,
        @DefaultValue("50") int failureRatePercent,
        @DefaultValue("10") int window,
        @DefaultValue("30s") Duration openFor) {

    public static RemoteSettings defaults() {
        return new RemoteSettings(
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                3,
                Duration.ofMillis(200),
                50,
                10,
                Duration.ofSeconds(30));
    }
}
