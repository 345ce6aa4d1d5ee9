package es.madrid.linea.bot.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationClosed;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationResumed;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.conversation.ConversationEvent.SessionStarted;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns events into their stored JSON and back. The type name travels beside the payload (never a class name) and the
 * payload carries {@code "v"}, its format version, so an older log can be read after the records change.
 */
public final class EventCodec {

    /** The payload format version written today. */
    public static final int VERSION = 1;

    private static final Map<String, Class<? extends ConversationEvent>> TYPES = Map.ofEntries(
            Map.entry("session_started", SessionStarted.class),
            Map.entry("user", UserUttered.class),
            Map.entry("bot", BotUttered.class),
            Map.entry("slot", SlotSet.class),
            Map.entry("knowledge", KnowledgeConsulted.class),
            Map.entry("action", ActionExecuted.class),
            Map.entry("handoff_requested", HandoffRequested.class),
            Map.entry("agent_joined", AgentJoined.class),
            Map.entry("agent", AgentUttered.class),
            Map.entry("resumed", ConversationResumed.class),
            Map.entry("closed", ConversationClosed.class));

    /** The format version as a virtual property of every event, written straight into the payload. */
    @JsonAppend(attrs = @JsonAppend.Attr(VERSION_PROPERTY))
    private interface Versioned {}

    private static final String VERSION_PROPERTY = "v";

    private final JsonMapper mapper;
    private final ObjectWriter payloadWriter;

    public EventCodec() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .addMixIn(ConversationEvent.class, Versioned.class)
                .build();
        this.payloadWriter = mapper.writer().withAttribute(VERSION_PROPERTY, VERSION);
    }

    /** The stored payload of an event. */
    public String encode(ConversationEvent event) {
        return payloadWriter.writeValueAsString(event);
    }

    /** Reads a stored payload back into the event of the given type. */
    public ConversationEvent decode(String type, String payload) {
        Class<? extends ConversationEvent> eventClass = TYPES.get(type);
        if (eventClass == null) {
            throw new IllegalArgumentException("unknown event type: " + type);
        }
        try {
            // The version is not a field of the records: reading ignores it with every other unknown property.
            return mapper.readValue(payload, eventClass);
        } catch (JacksonException | ClassCastException e) {
            throw new IllegalArgumentException("unreadable payload for event type " + type, e);
        }
    }

    /**
     * The public view of a recorded event: {@code seq}, {@code type}, {@code at} and the payload's fields, as the
     * conversations API and the web chat show it.
     */
    public ObjectNode view(RecordedEvent recorded) {
        ObjectNode view = mapper.createObjectNode();
        view.put("seq", recorded.seq());
        view.put("type", recorded.type());
        view.put("at", recorded.at().toString());
        JsonNode payload = mapper.valueToTree(recorded.event());
        view.setAll((ObjectNode) payload);
        return view;
    }

    /** True when the type name is part of the vocabulary. */
    public static boolean isKnownType(String type) {
        return TYPES.containsKey(type);
    }
}
