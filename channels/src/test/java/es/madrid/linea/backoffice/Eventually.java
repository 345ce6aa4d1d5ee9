package es.madrid.linea.backoffice;

import es.madrid.linea.testing.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** For tests of what the running service does by itself in the background. */
final class Eventually {

    private Eventually() {}

    /** Waits until the condition holds, 20 seconds at most. */
    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s");
            }
            Thread.sleep(100);
        }
    }

    /** What the bot has said in a conversation, in order. */
    static List<String> botTexts(ApiClient api, String conversationId) {
        return api.get("/api/v1/conversations/" + conversationId)
                .json()
                .get("events")
                .valueStream()
                .filter(event -> event.get("type").asString().equals("bot"))
                .map(event -> event.get("text").asString())
                .toList();
    }
}
