package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.dialogue.alerts.AlertForm;
import es.madrid.linea.bot.dialogue.alerts.AlertStatusForm;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.dialogue.forms.FormPolicy;
import es.madrid.linea.bot.dialogue.offices.OfficeForm;
import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dialogue's policies in the order they are asked; the first that answers wins:
 *
 * <ol>
 *   <li>{@code forms}: the form in progress (alert, alert status, office, and the caller's forms, e.g. appointment
 *       booking), or the form this message starts;
 *   <li>{@code ask_back}: low confidence, ask with options (and the option picked);
 *   <li>{@code small_talk}: greeting, help, thanks, goodbye;
 *   <li>the caller's extra policies (e.g. "when is my appointment");
 *   <li>{@code procedure_questions}: questions about procedures;
 *   <li>{@code fallback}: the knowledge base if it knows, otherwise an honest "I did not understand".
 * </ol>
 *
 * Extra forms and policies come from the caller, so other modules' dialogues plug in without changing this class.
 */
public final class Policies {

    /**
     * What the built-in policies work with.
     *
     * @param understanding reads a text again when the citizen picks an ask-back option; may be null
     */
    public record Services(
            KnowledgeBase knowledge, AlertsDesk alerts, Places places, LanguageUnderstanding understanding) {}

    private final FormPolicy forms;
    private final List<Policy> policies;

    public Policies(Services services) {
        this(services, List.of(), List.of());
    }

    /**
     * @param extraForms forms run like the built-in ones (asked after them whether a message starts them)
     * @param extraPolicies policies asked after small talk and before procedure questions
     */
    public Policies(Services services, List<Form> extraForms, List<Policy> extraPolicies) {
        ProcedureQuestions procedures = new ProcedureQuestions(services.knowledge());
        ProcedurePolicy procedurePolicy = new ProcedurePolicy(procedures);
        List<Form> allForms = new ArrayList<>();
        allForms.add(new AlertForm(services.alerts(), services.places()));
        allForms.add(new AlertStatusForm(services.alerts()));
        allForms.add(new OfficeForm(services.places()));
        allForms.addAll(extraForms);
        this.forms = new FormPolicy(allForms, procedures, List.of(procedurePolicy));
        List<Policy> rest = new ArrayList<>();
        rest.add(new SmallTalk());
        rest.addAll(extraPolicies);
        rest.add(procedurePolicy);
        rest.add(new Fallback(procedures));
        List<Policy> all = new ArrayList<>();
        all.add(forms);
        List<Policy> afterAskBack = new ArrayList<>(all);
        afterAskBack.addAll(rest);
        all.add(new AskBack(services.understanding(), turn -> first(afterAskBack, turn)));
        all.addAll(rest);
        this.policies = List.copyOf(all);
    }

    /** Every policy, in the order they are asked. */
    public List<Policy> allCurrentPolicies() {
        return policies;
    }

    /** The forms run by the {@code forms} policy. */
    public List<Form> forms() {
        return forms.forms();
    }

    /** The question of the form in progress, asked again (empty when none). */
    public List<es.madrid.linea.bot.conversation.ConversationEvent> reask(Turn turn) {
        return forms.reask(turn);
    }

    /** The answer of the first policy that answers (the fallback always does). */
    public Answer answer(Turn turn) {
        return first(policies, turn);
    }

    private static Answer first(List<Policy> policies, Turn turn) {
        for (Policy policy : policies) {
            Optional<Answer> answer = policy.answer(turn);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        throw new IllegalStateException("the fallback policy always answers");
    }
}
