package es.madrid.linea.handoff.console;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The supervisors whose consoles are connected now: they receive the live queues. Kept here, beside the sessions,
 * because the desk knows agents, not roles.
 */
@Component
class Supervisors {

    private final Map<String, String> bySession = new ConcurrentHashMap<>();

    void connected(String session, String name) {
        bySession.put(session, name);
    }

    void disconnected(String session) {
        bySession.remove(session);
    }

    Set<String> connected() {
        return bySession.values().stream().collect(Collectors.toUnmodifiableSet());
    }
}
