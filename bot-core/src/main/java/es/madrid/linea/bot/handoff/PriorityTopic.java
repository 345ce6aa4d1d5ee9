package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.nlu.Intent;
import java.util.List;
import java.util.Set;

/**
 * A priority citizen (see {@link PriorityCitizen}) asks about a topic that deserves a person (by default: how to do
 * a procedure, where an office is, an appointment, a complaint). The bot still answers; then a person of the
 * priority group takes over. Once per conversation ({@value #SLOT}), so returning to the bot does not loop.
 */
final class PriorityTopic implements HandoffTrigger {

    static final String SLOT = "priority_handoff";

    private final Set<String> intents;
    private final double minConfidence;

    PriorityTopic(Set<String> intents, double minConfidence) {
        this.intents = Set.copyOf(intents);
        this.minConfidence = minConfidence;
    }

    @Override
    public Verdict judge(HandoffTurn turn) {
        if (turn.message().understanding() == null
                || turn.conversation().slot(SLOT).isPresent()
                || !PriorityCitizen.of(turn.conversation())) {
            return Verdict.carryOn();
        }
        Intent intent = turn.message().understanding().intent();
        if (!intents.contains(intent.name()) || intent.confidence() < minConfidence) {
            return Verdict.carryOn();
        }
        return Verdict.handOver(HandoffReasons.PRIORITY_CITIZEN, List.of(new SlotSet(SLOT, "done")));
    }
}
