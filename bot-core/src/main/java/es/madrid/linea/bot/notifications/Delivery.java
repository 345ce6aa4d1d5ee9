package es.madrid.linea.bot.notifications;

import java.util.Objects;

/**
 * What a {@link ReminderSender} says happened.
 *
 * @param by who took the message when delivered ({@code outbox}, {@code altiria}, {@code conversation}...)
 * @param detail why, when not delivered
 */
public record Delivery(Kind kind, String by, String detail) {

    public enum Kind {
        /** The channel took the message. */
        DELIVERED,
        /** Nothing went out (the gateway was unreachable, or said so): safe to try again later. */
        NOT_SENT,
        /** The gateway refused the message (bad number, no credit): trying again would not help. */
        REFUSED,
        /** It may or may not have gone out (no answer after sending): never tried again, to never send twice. */
        UNCERTAIN
    }

    public Delivery {
        Objects.requireNonNull(kind, "kind");
    }

    public static Delivery delivered(String by) {
        return new Delivery(Kind.DELIVERED, by, null);
    }

    public static Delivery notSent(String detail) {
        return new Delivery(Kind.NOT_SENT, null, detail);
    }

    public static Delivery refused(String detail) {
        return new Delivery(Kind.REFUSED, null, detail);
    }

    public static Delivery uncertain(String detail) {
        return new Delivery(Kind.UNCERTAIN, null, detail);
    }
}
