package es.madrid.linea.bot.dialogue.forms;

import es.madrid.linea.bot.conversation.ConversationEvent;
import java.util.List;
import java.util.Map;

/**
 * What came of a form's action: the events to record and whether the form is over. A form that is not over (the
 * chosen time was taken, the back office refused) keeps what the citizen gave, applies {@code facts} (e.g. clears
 * the taken time) and asks its next question.
 */
public record Acted(List<ConversationEvent> events, boolean finished, Map<String, String> facts) {

    public Acted {
        events = List.copyOf(events);
        facts = facts == null ? Map.of() : new java.util.LinkedHashMap<>(facts);
    }

    public static Acted finished(List<ConversationEvent> events) {
        return new Acted(events, true, Map.of());
    }

    /** Not done: say this, keep the form with these changes, and ask again. */
    public static Acted again(List<ConversationEvent> events, Map<String, String> facts) {
        return new Acted(events, false, facts);
    }

    /**
     * Not done and not to be retried by the bot (e.g. a refused alert): say this and keep everything the citizen
     * gave where it is, at the confirmation, for the person who takes over.
     */
    public static Acted keptForAPerson(List<ConversationEvent> events) {
        return new Acted(events, false, null);
    }
}
