package es.madrid.linea.channels.whatsapp.outbound;

import java.util.concurrent.TimeUnit;

/**
 * Spaces sends evenly to stay under the phone number's throughput limit (Meta's default: 80 messages per second).
 * Even spacing rather than bursts: WhatsApp counts over short windows, and a burst is what trips error 130429.
 */
final class SendRate {

    private final long intervalNanos;
    private long nextSlot;

    SendRate(int messagesPerSecond) {
        if (messagesPerSecond < 1) {
            throw new IllegalArgumentException("at least one message per second");
        }
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / messagesPerSecond;
        this.nextSlot = System.nanoTime();
    }

    /** Waits for the next free slot. */
    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            if (nextSlot < now) {
                nextSlot = now;
            }
            wait = nextSlot - now;
            nextSlot += intervalNanos;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
