package es.madrid.linea.bench.webchat;

import tools.jackson.databind.JsonNode;

/**
 * A citizen's message to the bot over {@code /app/conversations/{id}/messages}, answered on
 * {@code /topic/conversations.{id}}: the turn ends with the first {@code bot} event after the citizen's own message
 * (recognised by its {@code messageId}). Events are matched by their sequence numbers, so the turn ends correctly
 * whatever order the frames arrive in. When the conversation has left the bot (a person will answer, or it closed),
 * the citizen's stored message is the end of the turn.
 */
final class BotTurns implements TurnProtocol {

    static final String TOPIC_PREFIX = "/topic/conversations.";

    /**
     * A web chat conversation's length: a question, a few details and a thank-you, as the in-process benchmark's
     * conversations (a citizen writing hundreds of messages into one conversation is not the load a city sees).
     */
    static final int TURNS_PER_CONVERSATION = 8;

    @Override
    public String destination(String conversationId) {
        return "/app/conversations/" + conversationId + "/messages";
    }

    @Override
    public String topic(String conversationId) {
        return TOPIC_PREFIX + conversationId;
    }

    @Override
    public int turnsPerConversation() {
        return TURNS_PER_CONVERSATION;
    }

    @Override
    public Turn watch(String messageId) {
        return new Answer(messageId);
    }

    private static final class Answer implements Turn {
        private final String messageId;
        private long userSeq = -1;
        private long latestBotSeq = -1;

        Answer(String messageId) {
            this.messageId = messageId;
        }

        @Override
        public Progress onEvent(JsonNode event) {
            String type = event.path("type").asString("");
            long seq = event.path("seq").asLong(-1);
            if ("user".equals(type) && messageId.equals(event.path("messageId").asString(null))) {
                userSeq = seq;
                if (!"bot".equals(event.path("status").asString(""))) {
                    return Progress.LEFT_THE_BOT;
                }
            } else if ("bot".equals(type)) {
                latestBotSeq = Math.max(latestBotSeq, seq);
            }
            if (userSeq >= 0 && latestBotSeq > userSeq) {
                return "bot".equals(event.path("status").asString("bot")) ? Progress.ANSWERED : Progress.LEFT_THE_BOT;
            }
            return Progress.WAITING;
        }
    }
}
