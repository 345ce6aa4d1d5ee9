package es.madrid.linea.bot.conversation;

import es.madrid.linea.bot.reply.Reply;
import java.util.List;

/**
 * The outcome of one citizen message: the bot's replies to it and the conversation's status afterwards.
 *
 * @param repeated true when the message id had been seen: nothing was processed and the original replies return
 */
public record TurnResult(String conversationId, List<Reply> replies, ConversationStatus status, boolean repeated) {

    public TurnResult {
        replies = List.copyOf(replies);
    }
}
