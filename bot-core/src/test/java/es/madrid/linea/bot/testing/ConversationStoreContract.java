package es.madrid.linea.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.ConcurrentAppendException;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.conversation.ConversationEvent.SessionStarted;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.ConversationHeader;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.DuplicateMessageException;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.conversation.UnknownConversationException;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.IncidentCategory;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationStore} must do. An adapter's test extends this class and supplies a fresh, empty
 * store; the same assertions then hold for the in-memory store, H2 and PostgreSQL.
 */
public abstract class ConversationStoreContract {

    protected static final Instant T0 = Instant.parse("2026-11-29T09:00:00.123456Z");

    private ConversationStore store;

    /** A new, empty store. */
    protected abstract ConversationStore newStore();

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    @Test
    void aCreatedConversationHasItsHeaderAndNoEvents() {
        store.create(new ConversationHeader("c1", Channel.WEB, null, T0));

        assertThat(store.header("c1")).contains(new ConversationHeader("c1", Channel.WEB, null, T0));
        assertThat(store.events("c1")).isEmpty();
    }

    @Test
    void anUnknownConversationHasNoHeaderAndNoEvents() {
        assertThat(store.header("nope")).isEmpty();
        assertThat(store.events("nope")).isEmpty();
    }

    @Test
    void eventsComeBackInOrderWithSequenceNumbersFromOne() {
        store.create(new ConversationHeader("c1", Channel.WEB, null, T0));
        List<ConversationEvent> events = List.of(
                new SessionStarted(Channel.WEB, CitizenProfile.anonymous()),
                new BotUttered(Reply.text("¡Hola!")),
                new BotUttered(Reply.options("¿Qué necesitas?", List.of(new Option("menu:cita", "Pedir cita")))));

        List<RecordedEvent> recorded = store.append("c1", 0, events, T0);

        assertThat(recorded).extracting(RecordedEvent::seq).containsExactly(1L, 2L, 3L);
        assertThat(store.events("c1")).isEqualTo(recorded);
    }

    @Test
    void everyKindOfEventSurvivesTheRoundTrip() {
        store.create(new ConversationHeader("c1", Channel.WHATSAPP, "wa:abc", T0));
        Understanding understanding = new Understanding(
                new Intent("report_incident", 0.87),
                List.of(new Intent("report_incident", 0.87), new Intent("procedure_info", 0.08)),
                List.of(new Entity("address", "Calle de Alcalá 102", "calle de Alcalá 102", 10, 29)),
                List.of(new IncidentCategory("591b", "Alumbrado", 0.7)));
        List<ConversationEvent> events = List.of(
                new SessionStarted(
                        Channel.WHATSAPP, new CitizenProfile("Carmen", "+34600000000", 1948, "28045", null, true)),
                new UserUttered("hay una farola fundida en calle de Alcalá 102", null, null, "m-1", understanding),
                new UserUttered(null, "menu:aviso", null, "m-2", Understanding.none()),
                new UserUttered(null, null, new GeoPoint(40.4168, -3.7038), null, Understanding.none()),
                new SlotSet("incident_category", "591b"),
                new SlotSet("incident_category", null),
                new KnowledgeConsulted(List.of(new ProcedureRef("ibi-pago", 3, 12.5))),
                new ActionExecuted("file_alert", "ok", "6624410", null),
                new ConversationEvent.HandoffRequested("citizen_asked", "mayores", true),
                new ConversationEvent.AgentJoined("agent"),
                new ConversationEvent.AgentUttered("agent", "Buenos días, Carmen."),
                new ConversationEvent.ConversationResumed("agent"),
                new BotUttered(Reply.link("Más información", "https://www.madrid.es")),
                new BotUttered(Reply.locationRequest("¿Dónde está?")),
                new ConversationEvent.ConversationClosed("solved", "citizen"));

        store.append("c1", 0, events, T0);

        assertThat(store.events("c1")).extracting(RecordedEvent::event).containsExactlyElementsOf(events);
        assertThat(store.events("c1")).extracting(RecordedEvent::at).containsOnly(T0);
    }

    @Test
    void appendsContinueAfterTheLastSequenceNumber() {
        store.create(new ConversationHeader("c1", Channel.WEB, null, T0));
        store.append("c1", 0, List.of(new BotUttered(Reply.text("uno"))), T0);
        store.append("c1", 1, List.of(new BotUttered(Reply.text("dos")), new BotUttered(Reply.text("tres"))), T0);

        assertThat(store.events("c1")).extracting(RecordedEvent::seq).containsExactly(1L, 2L, 3L);
        assertThat(store.eventsAfter("c1", 1)).extracting(RecordedEvent::seq).containsExactly(2L, 3L);
        assertThat(store.eventsAfter("c1", 3)).isEmpty();
    }

    @Test
    void anAppendAgainstAStaleViewIsRefusedAndChangesNothing() {
        store.create(new ConversationHeader("c1", Channel.WEB, null, T0));
        store.append("c1", 0, List.of(new BotUttered(Reply.text("uno"))), T0);

        assertThatThrownBy(() -> store.append("c1", 0, List.of(new BotUttered(Reply.text("otro"))), T0))
                .isInstanceOf(ConcurrentAppendException.class);
        assertThat(store.events("c1")).hasSize(1);
    }

    @Test
    void appendingToAnUnknownConversationFails() {
        assertThatThrownBy(() -> store.append("nope", 0, List.of(new BotUttered(Reply.text("x"))), T0))
                .isInstanceOf(UnknownConversationException.class);
    }

    @Test
    void aRepeatedMessageIdIsRefusedAndNothingOfThatAppendIsStored() {
        store.create(new ConversationHeader("c1", Channel.WEB, null, T0));
        store.append("c1", 0, List.of(user("hola", "m-1")), T0);

        assertThatThrownBy(
                        () -> store.append("c1", 1, List.of(new BotUttered(Reply.text("x")), user("hola", "m-1")), T0))
                .isInstanceOf(DuplicateMessageException.class);
        assertThat(store.events("c1")).hasSize(1);
        assertThat(store.append("c1", 1, List.of(new BotUttered(Reply.text("sigue"))), T0))
                .extracting(RecordedEvent::seq)
                .containsExactly(2L);
    }

    @Test
    void theSameMessageIdMayAppearInDifferentConversations() {
        store.create(new ConversationHeader("c1", Channel.WEB, null, T0));
        store.create(new ConversationHeader("c2", Channel.WEB, null, T0));
        store.append("c1", 0, List.of(user("hola", "m-1")), T0);
        store.append("c2", 0, List.of(user("hola", "m-1")), T0);

        assertThat(store.seqOfMessage("c1", "m-1")).contains(1L);
        assertThat(store.seqOfMessage("c2", "m-1")).contains(1L);
        assertThat(store.seqOfMessage("c1", "m-2")).isEmpty();
    }

    @Test
    void messagesWithoutIdNeverCollide() {
        store.create(new ConversationHeader("c1", Channel.WEB, null, T0));
        store.append("c1", 0, List.of(user("hola", null), user("hola", null)), T0);

        assertThat(store.events("c1")).hasSize(2);
    }

    @Test
    void theLatestConversationOfACitizenIsFoundByTheirKey() {
        store.create(new ConversationHeader("old", Channel.WHATSAPP, "wa:1", T0));
        store.create(new ConversationHeader("new", Channel.WHATSAPP, "wa:1", T0.plusSeconds(60)));
        store.create(new ConversationHeader("other", Channel.WHATSAPP, "wa:2", T0.plusSeconds(120)));

        assertThat(store.latestOfCitizen("wa:1")).map(ConversationHeader::id).contains("new");
        assertThat(store.latestOfCitizen("wa:3")).isEmpty();
    }

    private static UserUttered user(String text, String messageId) {
        return new UserUttered(text, null, null, messageId, Understanding.none());
    }
}
