package es.madrid.linea.bot.conversation;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who is answering the citizen. The wire names are part of the public API. */
public enum ConversationStatus {
    BOT("bot"),
    WAITING_AGENT("waiting_agent"),
    WITH_AGENT("with_agent"),
    CLOSED("closed");

    private final String wireName;

    ConversationStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
