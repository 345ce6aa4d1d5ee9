package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.dialogue.offices.OfficeForm;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.util.List;
import java.util.Optional;

/**
 * The last policy: a message nobody else answered. Text that is not plainly out of scope may still be a question the
 * knowledge base knows (it asks back with procedures when unsure); otherwise the bot admits it and says what it can
 * do. Either way it counts as not understood unless a procedure was found.
 */
final class Fallback implements Policy {

    static final String OUT_OF_SCOPE = "Perdona, eso no lo sé. Puedo ayudarte con trámites municipales, avisos de "
            + "problemas en la calle y oficinas de Línea Madrid, o pasarte con una persona.";
    static final String STALE_OPTION = "Esa opción ya no está disponible. ¿Qué necesitas?";
    static final String APPOINTMENTS_ELSEWHERE = "Puedes pedir cita previa llamando al 010 o en la web del "
            + "Ayuntamiento (madrid.es). Si quieres, te digo qué oficina te queda más cerca.";

    /** The menu's appointment option; answered here only while no appointment form takes it. */
    static final String APPOINTMENT_MENU = "menu:cita";

    private final ProcedureQuestions procedures;

    Fallback(ProcedureQuestions procedures) {
        this.procedures = procedures;
    }

    @Override
    public String name() {
        return "fallback";
    }

    @Override
    public Optional<Answer> answer(Turn turn) {
        if (APPOINTMENT_MENU.equals(turn.payload())) {
            return Optional.of(Answer.of(new BotUttered(Reply.options(
                    APPOINTMENTS_ELSEWHERE, List.of(new Option(OfficeForm.MENU, "Buscar una oficina"))))));
        }
        if (turn.payload() != null) {
            return Optional.of(Answer.of(new BotUttered(Reply.options(STALE_OPTION, GreetingDialogue.MENU))));
        }
        if (!turn.hasText()) {
            return Optional.of(
                    Answer.notUnderstood(List.of(new BotUttered(Reply.text(GreetingDialogue.NOT_UNDERSTOOD)))));
        }
        boolean outOfScope = Intents.OUT_OF_SCOPE.equals(turn.intent())
                && turn.understanding().confident();
        if (!outOfScope) {
            List<ConversationEvent> answer = procedures.answer(turn.text());
            if (!answer.isEmpty()) {
                return Optional.of(Answer.of(answer));
            }
        }
        String text = outOfScope ? OUT_OF_SCOPE : GreetingDialogue.NOT_UNDERSTOOD;
        return Optional.of(Answer.notUnderstood(List.of(new BotUttered(Reply.options(text, GreetingDialogue.MENU)))));
    }
}
