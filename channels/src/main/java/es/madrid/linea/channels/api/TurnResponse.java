package es.madrid.linea.channels.api;

import es.madrid.linea.bot.conversation.TurnResult;
import es.madrid.linea.bot.reply.Reply;
import java.util.List;

/** The bot's replies to one message and the conversation's status afterwards. */
record TurnResponse(List<Reply> replies, String status) {

    static TurnResponse of(TurnResult result) {
        return new TurnResponse(result.replies(), result.status().wireName());
    }
}
