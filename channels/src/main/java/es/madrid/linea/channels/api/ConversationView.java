package es.madrid.linea.channels.api;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.conversation.HandoffState;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.handoff.QueueStanding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/conversations/{id}}: the state and the ordered log. */
record ConversationView(
        String id,
        String channel,
        String status,
        Map<String, String> slots,
        List<JsonNode> events,
        List<String> alerts,
        List<String> appointments,
        Handoff handoff) {

    /**
     * Where the conversation waits for a person; position and expected wait are null when it does not wait (an agent
     * has it) or the desk has not placed it yet.
     */
    record Handoff(String queue, boolean priority, Integer position, String reason, Long estimatedWaitSeconds) {}

    static ConversationView of(
            Conversation state, List<RecordedEvent> events, EventCodec codec, Optional<QueueStanding> standing) {
        HandoffState handoff = state.handoff();
        Integer position = standing.map(QueueStanding::position).orElse(null);
        Long wait = standing.map(s -> s.estimatedWait().toSeconds()).orElse(null);
        return new ConversationView(
                state.id(),
                state.channel() == null ? null : state.channel().wireName(),
                state.status().wireName(),
                state.slots(),
                events.stream().map(codec::view).map(JsonNode.class::cast).toList(),
                state.alerts(),
                state.appointments(),
                handoff == null
                        ? null
                        : new Handoff(handoff.queue(), handoff.priority(), position, handoff.reason(), wait));
    }
}
