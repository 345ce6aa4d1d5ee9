package es.madrid.linea.bot.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a reminder goes out: the day before the appointment at {@code at} (10:00 by default). An appointment booked
 * after that moment is reminded as soon as sensible: at once during the day, or at {@code earliest} the next morning
 * when booked at night (nobody wants an SMS at midnight), unless that is less than {@code minimumNotice} before the
 * appointment, when no reminder is needed.
 */
public final class ReminderPlan {

    private final LocalTime at;
    private final LocalTime earliest;
    private final LocalTime latest;
    private final Duration minimumNotice;
    private final ZoneId zone;

    /**
     * @param at the time of day the day before
     * @param earliest no reminder before this time of day
     * @param latest no reminder from this time of day on
     * @param minimumNotice a reminder closer than this to the appointment is not sent
     */
    public ReminderPlan(LocalTime at, LocalTime earliest, LocalTime latest, Duration minimumNotice, ZoneId zone) {
        if (!earliest.isBefore(latest) || at.isBefore(earliest) || !at.isBefore(latest)) {
            throw new IllegalArgumentException("reminders go out between earliest and latest, at included");
        }
        this.at = at;
        this.earliest = earliest;
        this.latest = latest;
        this.minimumNotice = minimumNotice;
        this.zone = zone;
    }

    /** 10:00 the day before; otherwise between 09:00 and 21:00, at least two hours before the appointment. */
    public static ReminderPlan standard(ZoneId zone) {
        return new ReminderPlan(
                LocalTime.of(10, 0), LocalTime.of(9, 0), LocalTime.of(21, 0), Duration.ofHours(2), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** When to send the reminder of an appointment starting at {@code start}; empty when none makes sense. */
    public Optional<Instant> when(ZonedDateTime start, Instant now) {
        ZonedDateTime local = start.withZoneSameInstant(zone);
        ZonedDateTime planned = local.toLocalDate().minusDays(1).atTime(at).atZone(zone);
        if (planned.toInstant().isAfter(now)) {
            return Optional.of(planned.toInstant());
        }
        ZonedDateTime soon = now.atZone(zone);
        if (soon.toLocalTime().isBefore(earliest)) {
            soon = soon.toLocalDate().atTime(earliest).atZone(zone);
        } else if (!soon.toLocalTime().isBefore(latest)) {
            soon = soon.toLocalDate().plusDays(1).atTime(earliest).atZone(zone);
        }
        if (soon.plus(minimumNotice).isAfter(local)) {
            return Optional.empty();
        }
        return Optional.of(soon.toInstant());
    }
}
