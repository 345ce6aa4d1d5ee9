package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.knowledge.InMemoryKnowledgeBase;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.util.List;

/**
 * The first dialogue: greets, says what Cibeles is for, answers questions about procedures from the knowledge base
 * (every message that is not a greeting, a request for help, thanks or a goodbye goes through {@link
 * ProcedureQuestions}), and admits what it does not understand. It stays as the fallback vocabulary of the richer
 * dialogue that replaces it.
 */
public final class GreetingDialogue implements Dialogue {

    static final String GREETING = "¡Hola! Soy Cibeles, el asistente virtual de Línea Madrid.";
    static final String CAPABILITIES = "Puedo ayudarte con trámites municipales, avisos de incidencias en la calle, "
            + "citas en las oficinas de Línea Madrid, o pasarte con una persona. ¿Qué necesitas?";
    static final String NOT_UNDERSTOOD = "Perdona, todavía no he entendido tu mensaje. "
            + "Puedes escribirlo de otra forma o llamar al 010, donde te atienden a cualquier hora.";
    static final String YOU_ARE_WELCOME = "¡De nada! Aquí estoy para lo que necesites.";
    static final String GOODBYE = "¡Hasta pronto! Si necesitas algo más, escríbeme cuando quieras.";
    static final String ASK_PROCEDURE = "¿Sobre qué trámite quieres información? Escríbeme tu pregunta, por ejemplo: "
            + "«¿Qué necesito para empadronarme?» o «¿Dónde pago el IBI?».";

    static final List<Option> MENU = List.of(
            new Option("menu:tramites", "Información de trámites"),
            new Option("menu:aviso", "Avisar de una incidencia"),
            new Option("menu:cita", "Pedir cita"),
            new Option("menu:persona", "Hablar con una persona"));

    private final ProcedureQuestions procedures;

    /** Without a knowledge base: only the greeting vocabulary. */
    public GreetingDialogue() {
        this(new ProcedureQuestions(new InMemoryKnowledgeBase(List.of())));
    }

    public GreetingDialogue(ProcedureQuestions procedures) {
        this.procedures = procedures;
    }

    @Override
    public List<ConversationEvent> start(Conversation conversation) {
        return List.of(new BotUttered(Reply.text(GREETING)), new BotUttered(Reply.options(CAPABILITIES, MENU)));
    }

    @Override
    public List<ConversationEvent> respond(Conversation conversation, UserUttered message) {
        if (message.payload() != null) {
            return answerChoice(message.payload());
        }
        String intent = message.understanding().intent().name();
        if (Intents.GREET.equals(intent)) {
            return start(conversation);
        }
        if (Intents.HELP.equals(intent)) {
            return List.of(new BotUttered(Reply.options(CAPABILITIES, MENU)));
        }
        if (Intents.THANKS.equals(intent)) {
            return List.of(new BotUttered(Reply.text(YOU_ARE_WELCOME)));
        }
        if (Intents.GOODBYE.equals(intent)) {
            return List.of(new BotUttered(Reply.text(GOODBYE)));
        }
        if (message.text() != null) {
            List<ConversationEvent> answer = procedures.answer(message.text());
            if (!answer.isEmpty()) {
                return answer;
            }
        }
        return notUnderstood();
    }

    private List<ConversationEvent> answerChoice(String payload) {
        if (procedures.isChoice(payload)) {
            return procedures.choose(payload);
        }
        if (MENU.get(0).id().equals(payload)) {
            return List.of(new BotUttered(Reply.text(ASK_PROCEDURE)));
        }
        return notUnderstood();
    }

    private static List<ConversationEvent> notUnderstood() {
        return List.of(new BotUttered(Reply.text(NOT_UNDERSTOOD)));
    }
}
