package es.madrid.linea.channels.whatsapp.outbound;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a message again: exponential from {@code base} (doubling each attempt, capped), with up to 20% random
 * spread so that messages held back together do not all come back together; a wait WhatsApp asked for is honoured.
 */
final class Backoff {

    static final int MAX_ATTEMPTS = 8;

    private final Duration base;
    private final Duration cap;

    Backoff(Duration base, Duration cap) {
        this.base = base;
        this.cap = cap;
    }

    static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));
    }

    /** The wait before attempt number {@code attempt + 1}, after {@code attempt} failed ones. */
    Duration after(int attempt, Duration requested) {
        long exponential = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        long wait = Math.min(exponential, cap.toMillis());
        long spread = ThreadLocalRandom.current().nextLong(wait / 5 + 1);
        Duration ours = Duration.ofMillis(wait + spread);
        return requested != null && requested.compareTo(ours) > 0 ? requested : ours;
    }

    boolean exhausted(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }
}
