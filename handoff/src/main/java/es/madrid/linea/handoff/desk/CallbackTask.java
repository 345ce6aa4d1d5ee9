package es.madrid.linea.handoff.desk;

import java.time.Instant;

/**
 * A citizen to phone back. Personal data (the phone): shown to agents, never logged; {@link #toString} masks it.
 *
 * @param status {@code open} or {@code done}
 */
public record CallbackTask(
        String id,
        String conversationId,
        String phone,
        String queue,
        String reason,
        boolean priority,
        Instant requestedAt,
        String status,
        String handledBy,
        Instant handledAt,
        String outcome) {

    public static final String OPEN = "open";
    public static final String DONE = "done";

    @Override
    public String toString() {
        return "CallbackTask[id=" + id + ", conversationId=" + conversationId + ", phone=[phone], queue=" + queue
                + ", status=" + status + "]";
    }
}
