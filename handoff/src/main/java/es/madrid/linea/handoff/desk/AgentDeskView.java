package es.madrid.linea.handoff.desk;

import java.time.Instant;
import java.util.List;

/**
 * Everything an agent's console shows besides the conversations themselves: who they are and their presence, the
 * offers waiting for their answer, the conversations they hold, their groups' queues, the callbacks to make, the
 * colleagues and groups to transfer to, the ready-made replies and the outcomes to close with. Pushed whenever it
 * changes; the console keeps no state of its own.
 */
public record AgentDeskView(
        String agent,
        String displayName,
        String presence,
        int capacity,
        List<GroupView> groups,
        List<GroupView> allGroups,
        List<OfferView> offers,
        List<HeldView> conversations,
        List<QueueView> queues,
        List<CallbackTask> callbacks,
        List<ColleagueView> colleagues,
        List<CannedReply> cannedReplies,
        List<OutcomeView> outcomes) {

    public record GroupView(String name, String title, boolean priority) {}

    public record OfferView(
            String conversationId,
            String queue,
            boolean priority,
            String reason,
            String channel,
            Instant requestedAt,
            Instant expiresAt) {}

    public record HeldView(
            String conversationId, String queue, boolean priority, String reason, String channel, Instant since) {}

    public record QueueView(String name, String title, List<WaitingView> waiting) {}

    public record WaitingView(
            String conversationId,
            int position,
            boolean priority,
            String reason,
            String channel,
            Instant requestedAt,
            String offeredTo) {}

    public record ColleagueView(String name, String displayName, String presence) {}

    public record OutcomeView(String name, String label) {}

    @Override
    public String toString() {
        return "AgentDeskView[agent=" + agent + ", presence=" + presence + ", masked]";
    }
}
