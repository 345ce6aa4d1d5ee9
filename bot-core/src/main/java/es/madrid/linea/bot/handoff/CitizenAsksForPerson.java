package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Intents;

/**
 * The citizen asks for a person: they pressed "Hablar con una persona" ({@value #PAYLOAD}) or the understanding is
 * {@code talk_to_agent} with enough confidence. Checked before the bot answers, so the bot does not try first.
 */
final class CitizenAsksForPerson {

    /** The greeting menu's option. */
    static final String PAYLOAD = "menu:persona";

    private final double minConfidence;

    CitizenAsksForPerson(double minConfidence) {
        this.minConfidence = minConfidence;
    }

    boolean test(UserUttered message) {
        if (PAYLOAD.equals(message.payload())) {
            return true;
        }
        if (message.understanding() == null || message.text() == null) {
            return false;
        }
        Intent intent = message.understanding().intent();
        return Intents.TALK_TO_AGENT.equals(intent.name()) && intent.confidence() >= minConfidence;
    }
}
