package es.madrid.linea.handoff.routing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The expected wait of a queued citizen: the conversations ahead that no free agent can take now, times the group's
 * average handling time, shared among the conversations the group's agents can hold at once. The average starts at
 * a configured guess and follows the handled conversations (an exponential moving average, so it adapts in a day).
 */
public final class WaitEstimate {

    private static final double WEIGHT_OF_NEWEST = 0.2;

    private final Duration initialHandleTime;
    private final Map<String, Double> averageSeconds = new HashMap<>();

    public WaitEstimate(Duration initialHandleTime) {
        this.initialHandleTime = initialHandleTime;
    }

    /** An agent finished with a conversation of this queue after this long. */
    public void handled(String queue, Duration took) {
        double seconds = Math.max(0, took.toSeconds());
        averageSeconds.merge(
                queue, seconds, (average, newest) -> average * (1 - WEIGHT_OF_NEWEST) + newest * WEIGHT_OF_NEWEST);
    }

    public Duration handleTime(String queue) {
        Double average = averageSeconds.get(queue);
        return average == null ? initialHandleTime : Duration.ofSeconds(Math.round(average));
    }

    /** The expected wait at {@code position} (1 is next) of a queue whose agents have these slots. */
    public Duration at(String queue, int position, Router.Slots slots) {
        int ahead = position - slots.free();
        if (ahead <= 0) {
            return Duration.ZERO;
        }
        int servers = Math.max(1, slots.total());
        return handleTime(queue).multipliedBy(ahead).dividedBy(servers);
    }
}
