package es.madrid.linea.bench.stomp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the JSON messages a STOMP session receives, with their arrival time, so a scenario can wait for the one it
 * expects on a destination ("the packet of this conversation") and know exactly when it came.
 */
public final class StompInbox implements Consumer<StompFrame> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A message and when it arrived ({@link System#nanoTime()}). */
    public record Arrival(String destination, JsonNode body, long nanos) {}

    private final List<Arrival> arrivals = new ArrayList<>();

    @Override
    public synchronized void accept(StompFrame frame) {
        long now = System.nanoTime();
        if ("MESSAGE".equals(frame.command())) {
            arrivals.add(new Arrival(frame.header("destination"), JSON.readTree(frame.body()), now));
            notifyAll();
        } else if ("ERROR".equals(frame.command())) {
            arrivals.add(new Arrival("ERROR", JSON.createObjectNode().put("message", frame.header("message")), now));
            notifyAll();
        }
    }

    /**
     * Waits for, and removes, the first message on a destination ending with {@code destinationSuffix} that matches;
     * messages before it that do not match are dropped.
     *
     * @throws IllegalStateException when nothing matching arrives in time, or the server sent an ERROR frame
     */
    public synchronized Arrival await(String destinationSuffix, Predicate<JsonNode> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = 0; i < arrivals.size(); i++) {
                Arrival arrival = arrivals.get(i);
                if ("ERROR".equals(arrival.destination())) {
                    throw new IllegalStateException("the server sent an ERROR frame: " + arrival.body());
                }
                if (arrival.destination() != null && arrival.destination().endsWith(destinationSuffix)) {
                    if (wanted.test(arrival.body())) {
                        arrivals.subList(0, i + 1).removeIf(a -> a.destination().endsWith(destinationSuffix));
                        return arrival;
                    }
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(
                        "nothing matching arrived on " + destinationSuffix + " within " + timeout.toMillis() + " ms");
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
