package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.nlu.Intents;
import java.util.List;
import java.util.Optional;

/**
 * Questions about procedures, answered by {@link ProcedureQuestions}: a message clearly asking about a procedure,
 * or the procedure the citizen picked among the options it offered. Also the digression of every form: the answer
 * comes first, then the form asks its question again.
 */
final class ProcedurePolicy implements Policy {

    private final ProcedureQuestions procedures;

    ProcedurePolicy(ProcedureQuestions procedures) {
        this.procedures = procedures;
    }

    @Override
    public String name() {
        return "procedure_questions";
    }

    @Override
    public Optional<Answer> answer(Turn turn) {
        if (procedures.isChoice(turn.payload())) {
            return Optional.of(Answer.of(procedures.choose(turn.payload())));
        }
        if (!turn.clearly(Intents.PROCEDURE_INFO)) {
            return Optional.empty();
        }
        List<ConversationEvent> answer = procedures.answer(turn.text());
        return answer.isEmpty() ? Optional.empty() : Optional.of(Answer.of(answer));
    }
}
