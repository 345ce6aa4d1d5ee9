package es.madrid.linea.bot.conversation;

import java.time.Instant;

/** Why and where the conversation went to people, and which agent has it (null while it waits). */
public record HandoffState(String reason, String queue, boolean priority, Instant requestedAt, String agent) {

    HandoffState withAgent(String newAgent) {
        return new HandoffState(reason, queue, priority, requestedAt, newAgent);
    }
}
