package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.desk.DeskSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * What a supervisor watches live ({@code /user/queue/supervisor.board}, and {@code GET /api/v1/handoff/supervision}
 * to start): every queue with its waiting conversations, positions and expected waits, and every agent with their
 * presence and load. Waiting times are counted by the console from {@code requestedAt}, so the board is pushed only
 * when something in it changes, not every second.
 *
 * @param at when the desk published it
 */
record SupervisorBoard(Instant at, List<QueuesResponse.Queue> queues, List<AgentLoad> agents) {

    /**
     * An agent as the supervisor sees them.
     *
     * @param presence {@code available}, {@code busy} or {@code away}
     * @param connected whether a console of theirs is open (an available agent with no console gets nothing)
     * @param load conversations held plus offers pending, against {@code capacity}
     * @param idleSince since when they have had nothing to do, or null
     */
    record AgentLoad(
            String name,
            String displayName,
            String presence,
            boolean connected,
            int load,
            int capacity,
            List<String> groups,
            List<String> conversations,
            List<String> offers,
            Instant idleSince) {}

    static SupervisorBoard of(DeskSnapshot snapshot, Instant now) {
        List<AgentLoad> agents = snapshot.agents().stream()
                .map(a -> new AgentLoad(
                        a.name(),
                        a.displayName(),
                        a.presence(),
                        a.connected(),
                        a.conversations().size() + a.offers().size(),
                        a.capacity(),
                        a.groups(),
                        a.conversations(),
                        a.offers(),
                        a.idleSince()))
                .toList();
        return new SupervisorBoard(now, QueuesResponse.of(snapshot, now).queues(), agents);
    }
}
