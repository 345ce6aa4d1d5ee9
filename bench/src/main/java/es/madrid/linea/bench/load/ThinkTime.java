package es.madrid.linea.bench.load;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a simulated citizen waits between the bot's answer and their next message: uniform between a minimum and
 * a maximum, in milliseconds. Zero for both means no pause (a saturating integration client).
 */
public record ThinkTime(int minMillis, int maxMillis) {

    public ThinkTime {
        if (minMillis < 0 || maxMillis < minMillis) {
            throw new IllegalArgumentException("think time must be 0 <= min <= max");
        }
    }

    public long nextMillis() {
        return minMillis == maxMillis ? minMillis : ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1);
    }

    public double meanMillis() {
        return (minMillis + maxMillis) / 2.0;
    }
}
