package es.madrid.linea.bot.appointments;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Which free times to look for: at one office, for one service, between {@code from} and {@code to}. Without a
 * preferred time the earliest come first; with one, the nearest to it (the earlier of two equally near).
 *
 * @param preferred the day and time the citizen asked for; may be null
 * @param limit how many slots at most (1 to 50)
 */
public record SlotQuery(
        String officeId, String serviceId, ZonedDateTime from, ZonedDateTime to, ZonedDateTime preferred, int limit) {

    /** How far ahead anyone looks: a quarter of a year. */
    public static final Duration LONGEST_WINDOW = Duration.ofDays(92);

    public static final Duration DEFAULT_HORIZON = Duration.ofDays(30);

    public SlotQuery {
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_WINDOW) > 0) {
            throw new IllegalArgumentException("a slot query looks at most " + LONGEST_WINDOW.toDays() + " days ahead");
        }
        if (limit < 1 || limit > 50) {
            throw new IllegalArgumentException("a slot query asks for 1 to 50 slots");
        }
    }

    /** The first free times from {@code from} on, within the next 30 days. */
    public static SlotQuery firstAvailable(String officeId, String serviceId, ZonedDateTime from) {
        return new SlotQuery(officeId, serviceId, from, from.plus(DEFAULT_HORIZON), null, 3);
    }

    /**
     * The free times nearest to what the citizen asked for: the week before it (never before {@code notBefore}, e.g.
     * now) to two weeks after.
     */
    public static SlotQuery near(String officeId, String serviceId, ZonedDateTime preferred, ZonedDateTime notBefore) {
        ZonedDateTime from = preferred.minusDays(7);
        if (from.isBefore(notBefore)) {
            from = notBefore;
        }
        ZonedDateTime to = preferred.plusDays(14);
        if (!to.isAfter(from)) {
            to = from.plus(DEFAULT_HORIZON);
        }
        return new SlotQuery(officeId, serviceId, from, to, preferred, 3);
    }

    public SlotQuery withLimit(int newLimit) {
        return new SlotQuery(officeId, serviceId, from, to, preferred, newLimit);
    }
}
