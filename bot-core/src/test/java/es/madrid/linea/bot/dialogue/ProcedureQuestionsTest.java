package es.madrid.linea.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.knowledge.InMemoryKnowledgeBase;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.bot.testing.ProcedureFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureQuestionsTest {

    private final ProcedureQuestions questions =
            new ProcedureQuestions(new InMemoryKnowledgeBase(ProcedureFixture.all()), 0.4);

    @Test
    void aCitizenWhoAsksWhatToBringGetsTheDocumentsFirstThenTheOfficialLinkAndTheAnswerCitesTheProcedure() {
        List<ConversationEvent> events = questions.answer("¿Qué documentos llevo para pagar el IBI?");

        assertThat(replies(events)).hasSize(2);
        assertThat(replies(events).get(0).text())
                .startsWith("«Pagar el IBI (la contribución)» · Documentación")
                .contains("- El recibo o la carta de pago.");
        assertThat(replies(events).get(1))
                .isEqualTo(Reply.link(ProcedureAnswer.LINK_TEXT, "https://sede.madrid.es/ibi-pago"));
        assertThat(knowledge(events)).singleElement().satisfies(ref -> {
            assertThat(ref.id()).isEqualTo("ibi-pago");
            assertThat(ref.revision()).isEqualTo(1);
            assertThat(ref.score()).isGreaterThanOrEqualTo(0.4);
        });
    }

    @Test
    void twoAskedPartsAreAnsweredInTheOrderAskedWithLinksShownAsAddresses() {
        List<ConversationEvent> events = questions.answer("¿Dónde pago el IBI y cuánto cuesta?");

        assertThat(replies(events)).extracting(Reply::text).satisfies(texts -> {
            assertThat(texts.get(0)).contains("Cómo y dónde").contains("OAIC: https://example.org/oaic");
            assertThat(texts.get(1)).contains("Precio").contains("valor catastral");
        });
    }

    @Test
    void aQuestionThatAsksForNoPartGetsWhatItIsAndAHintOfWhatElseCanBeAsked() {
        List<ConversationEvent> events = questions.answer("la contribución del IBI");

        assertThat(replies(events)).extracting(Reply::text).satisfies(texts -> {
            assertThat(texts.get(0))
                    .isEqualTo("«Pagar el IBI (la contribución)»\n"
                            + "El IBI es el impuesto anual de las viviendas y locales.");
            assertThat(texts.get(1))
                    .isEqualTo("Si quieres, pregúntame también por la documentación, el precio o cómo y dónde"
                            + " hacerlo.");
        });
    }

    @Test
    void aPartTheProcedureDoesNotHaveIsSaidAndWhatItIsGivenInstead() {
        List<ConversationEvent> events = questions.answer("¿cuánto cuesta empadronarme?");

        assertThat(replies(events).get(0).text())
                .isEqualTo("La ficha de «Alta en el Padrón (empadronarse)» no detalla el precio: consulta la web"
                        + " oficial o llama al 010.");
        assertThat(replies(events).get(1).text()).contains("Es inscribirte como vecino de Madrid.");
    }

    @Test
    void whenNoProcedureIsClearTheCitizenIsAskedWhichOneWithoutCitingAny() {
        ProcedureQuestions demanding = new ProcedureQuestions(new InMemoryKnowledgeBase(ProcedureFixture.all()), 0.9);

        List<ConversationEvent> events = demanding.answer("¿qué papeles del padrón hay que pagar?");

        assertThat(knowledge(events)).isEmpty();
        assertThat(replies(events)).singleElement().isInstanceOfSatisfying(Reply.Options.class, options -> {
            assertThat(options.text()).isEqualTo(ProcedureQuestions.WHICH_ONE);
            assertThat(options.options()).hasSize(4);
            assertThat(options.options().get(0).id()).startsWith("procedure:").endsWith(":documents");
            assertThat(options.options().get(3)).isEqualTo(new Option("procedure:none", "Ninguno de estos"));
        });
    }

    @Test
    void theProcedureTheCitizenPicksIsAnsweredWithThePartAskedAndCitedWithFullScore() {
        assertThat(questions.isChoice("procedure:empadronamiento-alta:documents"))
                .isTrue();
        assertThat(questions.isChoice("menu:cita")).isFalse();

        List<ConversationEvent> events = questions.choose("procedure:empadronamiento-alta:documents");

        assertThat(replies(events).get(0).text()).contains("Documentación").contains("Hoja padronal");
        assertThat(knowledge(events)).containsExactly(new ProcedureRef("empadronamiento-alta", 1, 1.0));
    }

    @Test
    void noneOfTheseOrAnUnknownProcedureInvitesToSayItOtherwise() {
        assertThat(replies(questions.choose("procedure:none")))
                .containsExactly(Reply.text(ProcedureQuestions.TRY_AGAIN));
        assertThat(replies(questions.choose("procedure:no-existe:price")))
                .containsExactly(Reply.text(ProcedureQuestions.TRY_AGAIN));
    }

    @Test
    void aMessageUnrelatedToAnyProcedureGetsNoAnswerFromThisPolicy() {
        assertThat(questions.answer("xyzzy plugh")).isEmpty();
        assertThat(questions.answer("*:* \"(((")).isEmpty();
    }

    static List<Reply> replies(List<ConversationEvent> events) {
        return events.stream()
                .filter(BotUttered.class::isInstance)
                .map(e -> ((BotUttered) e).reply())
                .toList();
    }

    static List<ProcedureRef> knowledge(List<ConversationEvent> events) {
        return events.stream()
                .filter(KnowledgeConsulted.class::isInstance)
                .flatMap(e -> ((KnowledgeConsulted) e).procedures().stream())
                .toList();
    }
}
