package es.madrid.linea.bench.webchat;

import tools.jackson.databind.JsonNode;

/**
 * What a simulated citizen sends and what ends the turn: the bot's answer on the conversation topic, or the raw echo
 * of the same message on the same server stack.
 */
interface TurnProtocol {

    /** Where a turn's message is sent. */
    String destination(String conversationId);

    /** Where the answer arrives; the session subscribes to it for each conversation. */
    String topic(String conversationId);

    /**
     * After how many answered turns the citizen starts a new conversation, as people do when their question is
     * settled; 0 for never.
     */
    int turnsPerConversation();

    /** Starts watching for the answer to the message with this id. */
    Turn watch(String messageId);

    /** The answer to one message, watched through the events that arrive on the topic. */
    interface Turn {
        Progress onEvent(JsonNode event);
    }

    enum Progress {
        /** Not answered yet. */
        WAITING,
        /** Answered; the conversation is still with the bot. */
        ANSWERED,
        /** Answered or accepted, but the conversation has left the bot (handed to a person, or closed). */
        LEFT_THE_BOT
    }
}
