package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.ConversationEvent;
import java.util.List;

/**
 * A named rule that decides, after the bot has answered, whether the conversation should go to a person. A rule may
 * also keep its own bookkeeping in slots (e.g. how many misunderstandings in a row), so its state lives in the log.
 */
@FunctionalInterface
public interface HandoffTrigger {

    Verdict judge(HandoffTurn turn);

    /**
     * A rule's decision.
     *
     * @param reason why to hand over (a {@link HandoffReasons} value), or null to let the bot carry on
     * @param bookkeeping events the rule records either way (slot updates)
     */
    record Verdict(String reason, List<ConversationEvent> bookkeeping) {

        public Verdict {
            bookkeeping = List.copyOf(bookkeeping);
        }

        public static Verdict carryOn() {
            return new Verdict(null, List.of());
        }

        public static Verdict carryOn(ConversationEvent bookkeeping) {
            return new Verdict(null, List.of(bookkeeping));
        }

        public static Verdict handOver(String reason, List<ConversationEvent> bookkeeping) {
            return new Verdict(reason, bookkeeping);
        }

        public boolean handsOver() {
            return reason != null;
        }
    }
}
