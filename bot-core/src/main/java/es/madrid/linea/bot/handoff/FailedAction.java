package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import java.util.List;

/** An action the bot tried this turn (filing an alert, booking) failed: a person finishes it with the citizen. */
final class FailedAction implements HandoffTrigger {

    @Override
    public Verdict judge(HandoffTurn turn) {
        for (ConversationEvent event : turn.answer()) {
            if (event instanceof ActionExecuted action && !action.succeeded()) {
                return Verdict.handOver(HandoffReasons.ACTION_FAILED, List.of());
            }
        }
        return Verdict.carryOn();
    }
}
