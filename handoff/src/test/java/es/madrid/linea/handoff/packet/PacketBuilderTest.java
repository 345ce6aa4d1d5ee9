package es.madrid.linea.handoff.packet;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.conversation.ConversationEvent.SessionStarted;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.handoff.packet.HandoffPacket.FailedAttempt;
import es.madrid.linea.handoff.packet.HandoffPacket.Line;
import es.madrid.linea.handoff.packet.HandoffPacket.Note;
import es.madrid.linea.handoff.packet.HandoffPacket.Procedure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacketBuilderTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private final CitizenProfile carlos = new CitizenProfile("Carlos", "+34600123456", 1980, "28012", null, null);
    private final Understanding incident = new Understanding(
            new Intent("report_incident", 0.91),
            List.of(
                    new Intent("report_incident", 0.91),
                    new Intent("procedure_info", 0.05),
                    new Intent("complaint", 0.02),
                    new Intent("greet", 0.01)),
            List.of(new Entity("address", "Calle de Toledo 12", "calle Toledo 12", 25, 40)),
            List.of());
    private final List<RecordedEvent> log = log(
            new SessionStarted(Channel.WEB, carlos),
            new BotUttered(Reply.options("¿Qué necesitas?", List.of(new Option("menu:aviso", "Avisar de algo")))),
            new UserUttered(null, "menu:aviso", null, "m-1", Understanding.none()),
            new UserUttered("hay una farola fundida en calle Toledo 12", null, null, "m-2", incident),
            new SlotSet("incident_category", "alumbrado"),
            new SlotSet("address", "Calle de Toledo 12"),
            new KnowledgeConsulted(List.of(new ProcedureRef("avisos-incidencias-via-publica", 4, 7.5))),
            new ActionExecuted("file_alert", "timeout", null, "avisos no responde"),
            new BotUttered(Reply.text("No he podido registrar el aviso.")),
            new BotUttered(Reply.text("Te paso con una persona.")),
            new HandoffRequested("action_failed", "general", false),
            new UserUttered("¿hola?", null, null, "m-3", Understanding.none()),
            new AgentJoined("ana"),
            new AgentUttered("ana", "Hola, Carlos, registro yo el aviso."));

    private final HandoffPacket packet =
            new PacketBuilder(0.5).build("c-1", log, List.of(new Note(T0, "ana", "Vecino muy amable")));

    @Test
    void theAgentGetsTheWholeTranscriptInOrderWithPressedOptionsByTheirTitle() {
        assertThat(packet.transcript())
                .extracting(Line::who, Line::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bot", "¿Qué necesitas? [Avisar de algo]"),
                        org.assertj.core.groups.Tuple.tuple("citizen", "[Elige: Avisar de algo]"),
                        org.assertj.core.groups.Tuple.tuple("citizen", "hay una farola fundida en calle Toledo 12"),
                        org.assertj.core.groups.Tuple.tuple("bot", "No he podido registrar el aviso."),
                        org.assertj.core.groups.Tuple.tuple("bot", "Te paso con una persona."),
                        org.assertj.core.groups.Tuple.tuple("citizen", "¿hola?"),
                        org.assertj.core.groups.Tuple.tuple("system", "Se une a la conversación"),
                        org.assertj.core.groups.Tuple.tuple("agent", "Hola, Carlos, registro yo el aviso."));
    }

    @Test
    void theAgentSeesWhatTheBotUnderstoodOfEachMessageWithTheTopThreeAndTheFacts() {
        HandoffPacket.Turn turn = packet.understanding().get(0);

        assertThat(turn.intent()).isEqualTo("report_incident");
        assertThat(turn.confidence()).isEqualTo(0.91);
        assertThat(turn.ranking()).hasSize(3);
        assertThat(turn.entities())
                .containsExactly(new HandoffPacket.Fact("address", "Calle de Toledo 12", "calle Toledo 12"));
    }

    @Test
    void theHalfFilledFormProceduresAndFailuresAreThere() {
        assertThat(packet.slots())
                .containsEntry("incident_category", "alumbrado")
                .containsEntry("address", "Calle de Toledo 12");
        assertThat(packet.procedures()).containsExactly(new Procedure(7, "avisos-incidencias-via-publica", 4, 7.5));
        assertThat(packet.failedAttempts())
                .extracting(FailedAttempt::kind, FailedAttempt::what, FailedAttempt::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("action", "file_alert", "timeout"),
                        org.assertj.core.groups.Tuple.tuple("not_understood", "¿hola?", "out_of_scope"));
    }

    @Test
    void whyAndWhereItWasHandedOverTheCitizenTheChannelAndTheNotesAreThere() {
        assertThat(packet.handoff().reason()).isEqualTo("action_failed");
        assertThat(packet.handoff().agent()).isEqualTo("ana");
        assertThat(packet.handoffs())
                .extracting(HandoffPacket.HandoffStep::queue)
                .containsExactly("general");
        assertThat(packet.citizen().name()).isEqualTo("Carlos");
        assertThat(packet.citizen().phone()).isEqualTo("+34600123456");
        assertThat(packet.citizen().priority()).isFalse();
        assertThat(packet.channel()).isEqualTo("web");
        assertThat(packet.status()).isEqualTo("with_agent");
        assertThat(packet.notes()).extracting(Note::text).containsExactly("Vecino muy amable");
        assertThat(packet.lastSeq()).isEqualTo(14);
    }

    @Test
    void printingThePacketLeaksNoPersonalData() {
        assertThat(packet.toString()).doesNotContain("Carlos").doesNotContain("600123456");
        assertThat(packet.citizen().toString()).doesNotContain("Carlos");
    }

    private static List<RecordedEvent> log(ConversationEvent... events) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (ConversationEvent event : events) {
            recorded.add(new RecordedEvent(recorded.size() + 1, T0.plusSeconds(recorded.size()), event));
        }
        return recorded;
    }
}
