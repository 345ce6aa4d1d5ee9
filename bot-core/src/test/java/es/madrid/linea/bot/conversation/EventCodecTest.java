package es.madrid.linea.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void thePayloadCarriesItsVersionAndNoClassName() {
        String json = codec.encode(new SlotSet("district", "Usera"));

        assertThat(json).contains("\"v\":1").contains("\"name\":\"district\"").doesNotContain("es.madrid");
    }

    @Test
    void everyEventTypeNameIsKnownToTheCodec() {
        List<ConversationEvent> samples = List.of(
                new ConversationEvent.SessionStarted(Channel.WEB, CitizenProfile.anonymous()),
                new ConversationEvent.UserUttered(
                        "hola", null, null, null, es.madrid.linea.bot.nlu.Understanding.none()),
                new BotUttered(Reply.text("hola")),
                new SlotSet("a", "b"),
                new ConversationEvent.KnowledgeConsulted(List.of()),
                new ConversationEvent.ActionExecuted("file_alert", "ok", "1234567", null),
                new ConversationEvent.HandoffRequested("citizen_asked", "general", false),
                new ConversationEvent.AgentJoined("agent"),
                new ConversationEvent.AgentUttered("agent", "hola"),
                new ConversationEvent.ConversationResumed("agent"),
                new ConversationEvent.ConversationClosed("solved", "agent"));

        assertThat(samples).allSatisfy(event -> {
            assertThat(EventCodec.isKnownType(event.type())).isTrue();
            assertThat(codec.decode(event.type(), codec.encode(event))).isEqualTo(event);
        });
    }

    @Test
    void theTypeNamesOfTheApiAreStable() {
        assertThat(new BotUttered(Reply.text("x")).type()).isEqualTo("bot");
        assertThat(new ConversationEvent.UserUttered("x", null, null, null, null).type())
                .isEqualTo("user");
        assertThat(new SlotSet("a", "b").type()).isEqualTo("slot");
        assertThat(new ConversationEvent.KnowledgeConsulted(List.of()).type()).isEqualTo("knowledge");
        assertThat(new ConversationEvent.AgentUttered("a", "b").type()).isEqualTo("agent");
    }

    @Test
    void anOlderPayloadWithFieldsWeNoLongerHaveStillReads() {
        String stored = "{\"name\":\"district\",\"value\":\"Usera\",\"legacy\":true,\"v\":1}";

        assertThat(codec.decode("slot", stored)).isEqualTo(new SlotSet("district", "Usera"));
    }

    @Test
    void anUnknownTypeOrAGarbledPayloadIsAClearError() {
        assertThatThrownBy(() -> codec.decode("teleport", "{}")).hasMessageContaining("unknown event type");
        assertThatThrownBy(() -> codec.decode("slot", "not json")).hasMessageContaining("unreadable payload");
    }

    @Test
    void theViewOfABotEventShowsSeqTypeTimeTextAndTheReply() {
        var recorded = new RecordedEvent(
                7,
                Instant.parse("2026-11-29T09:00:00Z"),
                new BotUttered(Reply.options("¿Qué necesitas?", List.of(new Option("menu:cita", "Pedir cita")))));

        var view = codec.view(recorded);

        assertThat(view.get("seq").asLong()).isEqualTo(7);
        assertThat(view.has("v"))
                .as("the format version is the log's, not the public view's")
                .isFalse();
        assertThat(view.get("type").asString()).isEqualTo("bot");
        assertThat(view.get("at").asString()).isEqualTo("2026-11-29T09:00:00Z");
        assertThat(view.get("text").asString()).isEqualTo("¿Qué necesitas?");
        assertThat(view.get("reply").get("type").asString()).isEqualTo("options");
        assertThat(view.get("reply").get("options").get(0).get("id").asString()).isEqualTo("menu:cita");
    }
}
