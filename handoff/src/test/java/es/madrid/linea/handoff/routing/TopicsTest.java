package es.madrid.linea.handoff.routing;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import es.madrid.linea.bot.nlu.Understanding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private final Topics topics = Topics.defaults();

    @Test
    void aConsultedTaxProcedureMakesItATaxConversation() {
        assertThat(topics.of(log(new KnowledgeConsulted(List.of(new ProcedureRef("ibi-pago", 3, 9.1))))))
                .isEqualTo("tributos");
    }

    @Test
    void theCitizensOwnWordsRevealTheTopicWithOrWithoutAccents() {
        assertThat(topics.of(log(said("quiero empadronarme en Madrid")))).isEqualTo("padron");
        assertThat(topics.of(log(said("¿Dónde pago el IBI?")))).isEqualTo("tributos");
        assertThat(topics.of(log(said("me han puesto una MULTA")))).isEqualTo("tributos");
        assertThat(topics.of(log(said("padrón")))).isEqualTo("padron");
    }

    @Test
    void theLatestEvidenceWins() {
        assertThat(topics.of(log(said("una pregunta del IBI"), said("y otra del padrón"))))
                .isEqualTo("padron");
    }

    @Test
    void anythingElseIsGeneral() {
        assertThat(topics.of(log(said("hay una farola fundida")))).isEqualTo(Topics.GENERAL);
        assertThat(topics.of(List.of())).isEqualTo(Topics.GENERAL);
    }

    private static UserUttered said(String text) {
        return new UserUttered(text, null, null, null, Understanding.none());
    }

    private static List<RecordedEvent> log(ConversationEvent... events) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (ConversationEvent event : events) {
            recorded.add(new RecordedEvent(recorded.size() + 1, Instant.EPOCH, event));
        }
        return recorded;
    }
}
