package es.madrid.linea.channels.webchat;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.broker.AbstractSubscriptionRegistry;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The broker's subscriptions, found by their literal destination: a published message finds its subscribers with one
 * map lookup, however many sessions are connected. A destination is never a pattern: a citizen who subscribes to
 * {@code /topic/conversations.*} hears nothing, where Spring's default registry would have matched every citizen's
 * conversation. Nothing in Cibeles subscribes with patterns or selectors.
 */
final class LiteralSubscriptionRegistry extends AbstractSubscriptionRegistry {

    /** Destination → session id → that session's subscription ids to it. */
    private final ConcurrentMap<String, ConcurrentMap<String, Set<String>>> byDestination = new ConcurrentHashMap<>();

    /** Session id → subscription id → destination: what a session's unsubscribe or disconnect removes. */
    private final ConcurrentMap<String, ConcurrentMap<String, String>> bySession = new ConcurrentHashMap<>();

    @Override
    protected void addSubscriptionInternal(
            String sessionId, String subscriptionId, String destination, Message<?> message) {
        String previous = bySession
                .computeIfAbsent(sessionId, s -> new ConcurrentHashMap<>())
                .put(subscriptionId, destination);
        if (previous != null && !previous.equals(destination)) {
            // STOMP lets a client reuse a subscription id: it then means the new destination only.
            forget(previous, sessionId, subscriptionId);
        }
        byDestination.compute(destination, (d, sessions) -> {
            ConcurrentMap<String, Set<String>> subscribers = sessions == null ? new ConcurrentHashMap<>() : sessions;
            subscribers
                    .computeIfAbsent(sessionId, s -> ConcurrentHashMap.newKeySet())
                    .add(subscriptionId);
            return subscribers;
        });
    }

    @Override
    protected void removeSubscriptionInternal(String sessionId, String subscriptionId, Message<?> message) {
        ConcurrentMap<String, String> subscriptions = bySession.get(sessionId);
        String destination = subscriptions == null ? null : subscriptions.remove(subscriptionId);
        if (destination != null) {
            forget(destination, sessionId, subscriptionId);
        }
    }

    @Override
    public void unregisterAllSubscriptions(String sessionId) {
        ConcurrentMap<String, String> subscriptions = bySession.remove(sessionId);
        if (subscriptions != null) {
            subscriptions.forEach((subscriptionId, destination) -> forget(destination, sessionId, subscriptionId));
        }
    }

    @Override
    protected MultiValueMap<String, String> findSubscriptionsInternal(String destination, Message<?> message) {
        ConcurrentMap<String, Set<String>> sessions = byDestination.get(destination);
        if (sessions == null) {
            return new LinkedMultiValueMap<>(0);
        }
        MultiValueMap<String, String> found = new LinkedMultiValueMap<>(sessions.size());
        sessions.forEach((sessionId, ids) -> found.put(sessionId, new ArrayList<>(ids)));
        return found;
    }

    /**
     * True when some session is subscribed to the destination now. The publisher asks first, so a conversation nobody
     * watches (a WhatsApp chat, a closed browser tab) costs no message to build.
     */
    boolean isListenedTo(String destination) {
        return byDestination.containsKey(destination);
    }

    /** How many destinations have subscribers (a topic nobody listens to any more is not kept). */
    int destinations() {
        return byDestination.size();
    }

    private void forget(String destination, String sessionId, String subscriptionId) {
        byDestination.computeIfPresent(destination, (d, sessions) -> {
            sessions.computeIfPresent(sessionId, (s, ids) -> {
                ids.remove(subscriptionId);
                return ids.isEmpty() ? null : ids;
            });
            return sessions.isEmpty() ? null : sessions;
        });
    }
}
