package es.madrid.linea.bot.conversation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.reply.Reply;
import java.util.List;

/**
 * The vocabulary of the conversation log. Every event has a short, stable type name (stored with it and shown by the
 * API) and a versioned JSON payload; class names are never serialised, so events can be renamed in code without
 * breaking stored logs. Adding an event is adding a record here and a line in {@link EventCodec}.
 */
public sealed interface ConversationEvent {

    /** The stable type name, e.g. {@code user}. */
    @JsonIgnore
    String type();

    /** The conversation opened on a channel, with what we know of the citizen. */
    record SessionStarted(Channel channel, CitizenProfile citizen) implements ConversationEvent {
        public String type() {
            return "session_started";
        }
    }

    /**
     * The citizen wrote text, pressed an option (payload) or shared a location, with what the bot understood.
     *
     * @param messageId the client's message id (web chat, API) or the channel's (WhatsApp wamid); a repeat is not
     *     processed twice
     */
    record UserUttered(String text, String payload, GeoPoint location, String messageId, Understanding understanding)
            implements ConversationEvent {
        public String type() {
            return "user";
        }
    }

    /** The bot said something. */
    record BotUttered(Reply reply) implements ConversationEvent {
        public String type() {
            return "bot";
        }

        /** The plain text of the reply, shown beside it in the API so every message event carries {@code text}. */
        @JsonProperty("text")
        public String text() {
            return reply.text();
        }
    }

    /** A slot (a fact gathered for a form, or about the citizen) was set; a null value clears it. */
    record SlotSet(String name, String value) implements ConversationEvent {
        public String type() {
            return "slot";
        }
    }

    /** The answer relied on these procedures of the knowledge base (id and revision cite the source). */
    record KnowledgeConsulted(List<ProcedureRef> procedures) implements ConversationEvent {
        public KnowledgeConsulted {
            procedures = List.copyOf(procedures);
        }

        public String type() {
            return "knowledge";
        }
    }

    /**
     * The bot (or an agent on the citizen's behalf) acted on a back-office system, e.g. {@code file_alert} or
     * {@code book_appointment}; {@code outcome} is {@code ok} or a failure code, {@code reference} the alert code or
     * appointment id.
     */
    record ActionExecuted(String action, String outcome, String reference, String detail) implements ConversationEvent {
        public static final String OK = "ok";

        public String type() {
            return "action";
        }

        @JsonIgnore
        public boolean succeeded() {
            return OK.equals(outcome);
        }
    }

    /** The conversation must go to a person, for this reason, to this queue. */
    record HandoffRequested(String reason, String queue, boolean priority) implements ConversationEvent {
        public String type() {
            return "handoff_requested";
        }
    }

    /** An agent took the conversation. */
    record AgentJoined(String agent) implements ConversationEvent {
        public String type() {
            return "agent_joined";
        }
    }

    /** An agent wrote to the citizen. */
    record AgentUttered(String agent, String text) implements ConversationEvent {
        public String type() {
            return "agent";
        }
    }

    /** The conversation went back to the bot. */
    record ConversationResumed(String by) implements ConversationEvent {
        public String type() {
            return "resumed";
        }
    }

    /** The conversation ended, with an outcome such as {@code solved} or {@code abandoned}. */
    record ConversationClosed(String outcome, String by) implements ConversationEvent {
        public String type() {
            return "closed";
        }
    }
}
