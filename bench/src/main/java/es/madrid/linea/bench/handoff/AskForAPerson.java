package es.madrid.linea.bench.handoff;

import es.madrid.linea.bench.load.CitizenApi;
import java.io.IOException;
import tools.jackson.databind.JsonNode;

/**
 * A citizen asking for a person over the conversations API: in their own words first, and, if the bot did not take
 * that as a request for a person, with the menu option the greeting offers ({@code menu:persona}).
 */
final class AskForAPerson {

    private AskForAPerson() {}

    /** Returns when the message that handed the conversation over was sent ({@link System#nanoTime()}). */
    static long ask(CitizenApi citizens, String conversationId) throws IOException, InterruptedException {
        long sent = System.nanoTime();
        JsonNode answer = citizens.send(conversationId, "Quiero hablar con una persona, por favor", "ask-text");
        if (handedOver(answer)) {
            return sent;
        }
        sent = System.nanoTime();
        answer = citizens.choose(conversationId, "menu:persona", "ask-option");
        if (handedOver(answer)) {
            return sent;
        }
        throw new IllegalStateException("the bot did not hand the conversation over (status "
                + answer.path("status").asString("?") + ")");
    }

    private static boolean handedOver(JsonNode answer) {
        String status = answer.path("status").asString("");
        return status.equals("waiting_agent") || status.equals("with_agent");
    }
}
