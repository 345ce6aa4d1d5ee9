package es.madrid.linea.bot.conversation;

import java.time.Instant;

/** An event as stored: its position in the conversation (1, 2, 3...) and when it was recorded. */
public record RecordedEvent(long seq, Instant at, ConversationEvent event) {

    public String type() {
        return event.type();
    }
}
