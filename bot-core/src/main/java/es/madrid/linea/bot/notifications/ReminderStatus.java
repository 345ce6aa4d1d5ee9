package es.madrid.linea.bot.notifications;

import java.util.Arrays;
import java.util.Locale;

/** Where a reminder stands; the wire names are part of the public API. */
public enum ReminderStatus {
    /** Its appointment is not booked yet (the booking was kept for later): it is scheduled once it is. */
    WAITING("waiting"),
    /** It will be sent at {@code scheduledAt}. */
    SCHEDULED("scheduled"),
    /** Being sent right now. */
    SENDING("sending"),
    SENT("sent"),
    /** Its appointment was cancelled or moved (a moved one gets a new reminder). */
    CANCELLED("cancelled"),
    /** It could not be sent; {@code lastError} says why. */
    FAILED("failed"),
    /** The appointment was booked too close to its time for a reminder to make sense. */
    SKIPPED("skipped");

    private final String wireName;

    ReminderStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Still to be sent: waiting for its booking or scheduled. */
    public boolean isPending() {
        return this == WAITING || this == SCHEDULED;
    }

    public static ReminderStatus fromWireName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.wireName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown reminder status: " + name));
    }
}
