package es.madrid.linea.bot.dialogue;

import static es.madrid.linea.bot.dialogue.ProcedureQuestionsTest.knowledge;
import static es.madrid.linea.bot.dialogue.ProcedureQuestionsTest.replies;
import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.knowledge.InMemoryKnowledgeBase;
import es.madrid.linea.bot.nlu.KeywordUnderstanding;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.bot.testing.ProcedureFixture;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class GreetingDialogueTest {

    private final GreetingDialogue dialogue =
            new GreetingDialogue(new ProcedureQuestions(new InMemoryKnowledgeBase(ProcedureFixture.all()), 0.4));
    private final Conversation conversation = Conversation.empty("c-1");

    @Test
    void aQuestionThatIsNotSmallTalkIsAnsweredFromTheKnowledgeBase() {
        var events = dialogue.respond(conversation, text("¿Qué documentos llevo para pagar el IBI?"));

        assertThat(replies(events).get(0).text()).contains("Documentación");
        assertThat(knowledge(events)).extracting(ref -> ref.id()).containsExactly("ibi-pago");
    }

    @Test
    void greetingsThanksAndGoodbyesAreStillSmallTalk() {
        assertThat(replies(dialogue.respond(conversation, text("hola"))).get(0).text())
                .isEqualTo(GreetingDialogue.GREETING);
        assertThat(replies(dialogue.respond(conversation, text("muchas gracias"))))
                .containsExactly(Reply.text(GreetingDialogue.YOU_ARE_WELCOME));
    }

    @Test
    void somethingNoProcedureMatchesIsNotUnderstood() {
        assertThat(replies(dialogue.respond(conversation, text("xyzzy plugh"))))
                .containsExactly(Reply.text(GreetingDialogue.NOT_UNDERSTOOD));
        assertThat(replies(new GreetingDialogue().respond(conversation, text("¿Dónde pago el IBI?"))))
                .containsExactly(Reply.text(GreetingDialogue.NOT_UNDERSTOOD));
    }

    @Test
    void pickingAProcedureOptionOrTheProceduresMenuIsAnswered() {
        assertThat(knowledge(dialogue.respond(conversation, payload("procedure:ibi-pago"))))
                .extracting(ref -> ref.id())
                .containsExactly("ibi-pago");
        assertThat(replies(dialogue.respond(conversation, payload("menu:tramites"))))
                .containsExactly(Reply.text(GreetingDialogue.ASK_PROCEDURE));
        assertThat(replies(dialogue.respond(conversation, payload("menu:desconocido"))))
                .containsExactly(Reply.text(GreetingDialogue.NOT_UNDERSTOOD));
    }

    private static UserUttered text(String text) {
        Understanding understanding = new KeywordUnderstanding().parse(text, ZonedDateTime.now());
        return new UserUttered(text, null, null, null, understanding);
    }

    private static UserUttered payload(String payload) {
        return new UserUttered(null, payload, null, null, Understanding.none());
    }
}
