package es.madrid.linea.handoff.packet;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the agent sees on accepting a conversation. Personal data: {@link #toString} prints none of it.
 *
 * @param lastSeq the last event the packet includes; live events continue after it
 */
public record HandoffPacket(
        String conversationId,
        String channel,
        String status,
        Instant startedAt,
        Citizen citizen,
        Handoff handoff,
        List<HandoffStep> handoffs,
        List<Line> transcript,
        List<Turn> understanding,
        Map<String, String> slots,
        List<Procedure> procedures,
        List<FailedAttempt> failedAttempts,
        List<String> alerts,
        List<String> appointments,
        List<Note> notes,
        long lastSeq) {

    /** The citizen's profile as the channel or app gave it, and whether they get priority attention. */
    public record Citizen(
            String name, String phone, Integer birthYear, String postcode, String address, boolean priority) {

        @Override
        public String toString() {
            return "Citizen[masked]";
        }
    }

    /** The current handoff: why, where, since when, who holds it. */
    public record Handoff(String reason, String queue, boolean priority, Instant requestedAt, String agent) {}

    /** One request for a person in the log (the first, then transfers). */
    public record HandoffStep(long seq, Instant at, String reason, String queue, boolean priority) {}

    /**
     * A line of the conversation as the citizen lived it.
     *
     * @param who {@code citizen}, {@code bot}, {@code agent} or {@code system} (a change of who answers)
     * @param agent the agent who wrote or joined, for agent and system lines
     */
    public record Line(long seq, Instant at, String who, String text, String agent) {}

    /** What the bot understood of one citizen message. */
    public record Turn(
            long seq, String text, String intent, double confidence, List<Ranked> ranking, List<Fact> entities) {}

    public record Ranked(String intent, double confidence) {}

    public record Fact(String type, String value, String text) {}

    /** A procedure an answer relied on, at the revision read then. */
    public record Procedure(long seq, String id, long revision, double score) {}

    /**
     * Something the bot tried that did not work.
     *
     * @param kind {@code action} (a back-office action failed) or {@code not_understood} (a message it did not
     *     understand)
     */
    public record FailedAttempt(long seq, String kind, String what, String outcome, String detail) {}

    /** A private note by an agent: never shown to the citizen. */
    public record Note(Instant at, String agent, String text) {}

    @Override
    public String toString() {
        return "HandoffPacket[conversationId=" + conversationId + ", lastSeq=" + lastSeq + ", masked]";
    }
}
