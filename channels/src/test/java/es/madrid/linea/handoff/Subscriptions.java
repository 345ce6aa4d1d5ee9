package es.madrid.linea.handoff;

import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.messaging.simp.user.SimpSubscription;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/**
 * Waits until the server has registered a subscription. The in-process broker sends no receipts, and a push made
 * before the subscription is registered is lost to that client, so tests wait for it before acting.
 */
public final class Subscriptions {

    private Subscriptions() {}

    public static void await(SimpUserRegistry registry, Predicate<SimpSubscription> matching) {
        long deadline = System.nanoTime() + StompTestClient.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!registry.findSubscriptions(matching::test).isEmpty()) {
                pause(Duration.ofMillis(50));
                return;
            }
            pause(Duration.ofMillis(10));
        }
        throw new AssertionError("the subscription was not registered within " + StompTestClient.WAIT);
    }

    public static void awaitUser(SimpUserRegistry registry, String user, String destination) {
        await(
                registry,
                s -> s.getDestination().equals(destination)
                        && s.getSession().getUser().getName().equals(user));
    }

    public static void awaitDestination(SimpUserRegistry registry, String destination) {
        await(registry, s -> s.getDestination().equals(destination));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
