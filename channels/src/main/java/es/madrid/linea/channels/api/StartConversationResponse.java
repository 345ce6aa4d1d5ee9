package es.madrid.linea.channels.api;

import es.madrid.linea.bot.conversation.TurnResult;
import es.madrid.linea.bot.reply.Reply;
import java.util.List;

/** A new conversation: its id (keep it: it is the key to the conversation), status and the bot's greeting. */
record StartConversationResponse(String id, String status, List<Reply> replies) {

    static StartConversationResponse of(TurnResult result) {
        return new StartConversationResponse(
                result.conversationId(), result.status().wireName(), result.replies());
    }
}
