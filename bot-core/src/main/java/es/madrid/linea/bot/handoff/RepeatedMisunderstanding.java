package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Intents;
import java.util.List;

/**
 * The bot did not understand the citizen {@code limit} times in a row: out of scope, or below the confidence the
 * bot trusts. The count lives in the {@value #SLOT} slot; any understood message starts it again.
 */
final class RepeatedMisunderstanding implements HandoffTrigger {

    static final String SLOT = "misunderstood_turns";

    private final int limit;
    private final double minConfidence;

    RepeatedMisunderstanding(int limit, double minConfidence) {
        this.limit = limit;
        this.minConfidence = minConfidence;
    }

    @Override
    public Verdict judge(HandoffTurn turn) {
        UserUttered message = turn.message();
        if (message.text() == null || message.understanding() == null) {
            // A pressed option or a shared location is always understood as what it is.
            return Verdict.carryOn();
        }
        int before = turn.conversation().slot(SLOT).map(Integer::parseInt).orElse(0);
        if (!misunderstood(message.understanding().intent())) {
            return before == 0 ? Verdict.carryOn() : Verdict.carryOn(new SlotSet(SLOT, null));
        }
        int now = before + 1;
        if (now >= limit) {
            return Verdict.handOver(HandoffReasons.NOT_UNDERSTOOD, List.of(new SlotSet(SLOT, null)));
        }
        return Verdict.carryOn(new SlotSet(SLOT, Integer.toString(now)));
    }

    private boolean misunderstood(Intent intent) {
        return Intents.OUT_OF_SCOPE.equals(intent.name()) || intent.confidence() < minConfidence;
    }
}
