package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * What a policy answers: the events to record, and whether the citizen's message was understood (an answer that
 * asks back or admits it did not understand counts towards handing the conversation to a person).
 */
public record Answer(List<ConversationEvent> events, boolean understood) {

    public Answer {
        events = List.copyOf(events);
    }

    public static Answer of(List<ConversationEvent> events) {
        return new Answer(events, true);
    }

    public static Answer of(ConversationEvent... events) {
        return new Answer(List.of(events), true);
    }

    public static Answer say(String text) {
        return of(new BotUttered(Reply.text(text)));
    }

    public static Answer notUnderstood(List<ConversationEvent> events) {
        return new Answer(events, false);
    }

    /** This answer followed by more events. */
    public Answer then(List<ConversationEvent> more) {
        List<ConversationEvent> all = new ArrayList<>(events);
        all.addAll(more);
        return new Answer(all, understood);
    }
}
