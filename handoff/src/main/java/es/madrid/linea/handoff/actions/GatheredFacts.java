package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.IncidentCategory;
import es.madrid.linea.bot.nlu.Understanding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the citizen has told so far that an agent's form can start from, read from the log in one pass. The latest of
 * each kind wins, so a correction replaces what came before; a slot the dialogue set wins over what the understanding
 * found in a message, because the dialogue confirmed it with the citizen.
 *
 * @param entities the latest value of each entity type the understanding found ({@code address}, {@code postcode},
 *     {@code district}, {@code phone}...)
 * @param location the latest location the citizen shared, or null
 * @param incidentCategories the Avisos services the latest incident-like message may belong to, best first
 * @param incidentText that message, as the citizen wrote it, or null
 * @param consultedProcedures ids of the procedures answers relied on, the most recent first
 */
public record GatheredFacts(
        Conversation conversation,
        Map<String, String> entities,
        GeoPoint location,
        List<IncidentCategory> incidentCategories,
        String incidentText,
        List<String> consultedProcedures) {

    /** The alert's service (an Avisos service id), as the dialogue confirmed it. */
    public static final String ALERT_SERVICE = "alert_service";
    /** The alert's street address. */
    public static final String ALERT_ADDRESS = "alert_address";
    /** The alert's point, {@code lat,lon}. */
    public static final String ALERT_LOCATION = "alert_location";
    /** The alert's description. */
    public static final String ALERT_DESCRIPTION = "alert_description";
    /** A photo the citizen sent (WhatsApp: {@code whatsapp-media:<id>}). */
    public static final String PHOTO = "photo";
    /** The citizen's district, as the dialogue resolved it. */
    public static final String DISTRICT = "district";
    /** The citizen's postcode. */
    public static final String POSTCODE = "postcode";

    public GatheredFacts {
        entities = Map.copyOf(entities);
        incidentCategories = List.copyOf(incidentCategories);
        consultedProcedures = List.copyOf(consultedProcedures);
    }

    public static GatheredFacts read(String conversationId, List<RecordedEvent> events) {
        Map<String, String> entities = new HashMap<>();
        GeoPoint location = null;
        List<IncidentCategory> categories = List.of();
        String incidentText = null;
        List<String> consulted = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            ConversationEvent event = recorded.event();
            if (event instanceof UserUttered user) {
                location = user.location() != null ? user.location() : location;
                Understanding understanding = user.understanding();
                if (understanding == null) {
                    continue;
                }
                for (Entity entity : understanding.entities()) {
                    entities.put(entity.type(), entity.value());
                }
                if (!understanding.incidentCategories().isEmpty() && user.text() != null) {
                    categories = understanding.incidentCategories();
                    incidentText = user.text();
                }
            } else if (event instanceof KnowledgeConsulted knowledge) {
                knowledge.procedures().stream().map(ProcedureRef::id).forEach(consulted::add);
            }
        }
        Set<String> latestFirst = new LinkedHashSet<>();
        for (int i = consulted.size() - 1; i >= 0; i--) {
            latestFirst.add(consulted.get(i));
        }
        return new GatheredFacts(
                Conversation.replay(conversationId, events),
                entities,
                location,
                categories,
                incidentText,
                List.copyOf(latestFirst));
    }

    public Optional<String> slot(String name) {
        return conversation.slot(name).filter(value -> !value.isBlank());
    }

    public Optional<String> entity(String type) {
        return Optional.ofNullable(entities.get(type));
    }

    /** What the dialogue confirmed, else what the understanding last found. */
    public Optional<String> slotOrEntity(String slot, String entityType) {
        return slot(slot).or(() -> entity(entityType));
    }
}
