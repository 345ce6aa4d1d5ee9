package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.dialogue.Dialogue;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The handoff policy as a decorator around any dialogue: it lets the inner dialogue answer and steps in when the
 * conversation should go to a person. The citizen asking for one is checked first (the bot does not try); then,
 * after the bot's answer, the named {@link HandoffTrigger}s in order: a failed action, repeated misunderstanding, a
 * priority citizen on a topic that deserves a person. A handoff records {@code HandoffRequested(reason, queue,
 * priority)} when someone can take it, or offers a callback or an appointment when nobody can ({@link CallbackForm}).
 */
public final class HandoffDialogue implements Dialogue {

    /** The button that lets a waiting citizen leave the queue; the desk handles it while they wait. */
    public static final Option LEAVE_QUEUE = new Option("handoff:leave", "Salir de la cola");

    static final String CITIZEN_ASKED = "De acuerdo, te paso con una persona de Línea Madrid. Verá todo lo que hemos "
            + "hablado, así que no tendrás que repetirlo.";
    static final String NOT_UNDERSTOOD = "Perdona, no consigo entenderte. Te paso con una persona de Línea Madrid, "
            + "que verá todo lo que hemos hablado.";
    static final String ACTION_FAILED = "Te paso con una persona de Línea Madrid para que termine la gestión contigo. "
            + "Ya tiene los datos que me has dado.";
    static final String PRIORITY_CITIZEN = "Además, te paso con una persona de Línea Madrid de atención preferente, "
            + "que te ayudará con lo que necesites. Ya sabe lo que me has preguntado.";

    /**
     * How the policy judges.
     *
     * @param minConfidence below this, an intent is not trusted: it counts as a misunderstanding and does not trigger
     * @param misunderstandingLimit how many misunderstood messages in a row lead to a person
     * @param priorityIntents the intents on which a priority citizen is handed to a person
     */
    public record Settings(double minConfidence, int misunderstandingLimit, Set<String> priorityIntents) {

        public Settings {
            priorityIntents = Set.copyOf(priorityIntents);
        }

        public static Settings defaults() {
            return new Settings(
                    0.5,
                    3,
                    Set.of(
                            Intents.PROCEDURE_INFO,
                            Intents.FIND_OFFICE,
                            Intents.BOOK_APPOINTMENT,
                            Intents.RESCHEDULE_APPOINTMENT,
                            Intents.CANCEL_APPOINTMENT,
                            Intents.COMPLAINT));
        }
    }

    private final Dialogue inner;
    private final HandoffDesk desk;
    private final CitizenAsksForPerson asksForPerson;
    private final List<HandoffTrigger> triggers;
    private final CallbackForm callback;

    public HandoffDialogue(Dialogue inner, HandoffDesk desk) {
        this(inner, desk, Settings.defaults());
    }

    public HandoffDialogue(Dialogue inner, HandoffDesk desk, Settings settings) {
        this.inner = inner;
        this.desk = desk;
        this.asksForPerson = new CitizenAsksForPerson(settings.minConfidence());
        // The policies, in the order they are asked: the first that hands over gives the reason.
        this.triggers = List.of(
                new FailedAction(),
                new RepeatedMisunderstanding(settings.misunderstandingLimit(), settings.minConfidence()),
                new PriorityTopic(settings.priorityIntents(), settings.minConfidence()));
        this.callback = new CallbackForm(desk);
    }

    @Override
    public List<ConversationEvent> start(Conversation conversation) {
        return inner.start(conversation);
    }

    @Override
    public List<ConversationEvent> respond(Conversation conversation, UserUttered message) {
        if (callback.takes(conversation, message)) {
            return callback.respond(conversation, message);
        }
        List<ConversationEvent> events = new ArrayList<>(callback.abandon(conversation));
        if (asksForPerson.test(message)) {
            events.addAll(forgetMisunderstandings(conversation));
            events.addAll(handOver(conversation, HandoffReasons.CITIZEN_ASKED));
            return events;
        }
        List<ConversationEvent> answer = inner.respond(conversation, message);
        HandoffTurn turn = new HandoffTurn(conversation, message, answer);
        String reason = null;
        List<ConversationEvent> bookkeeping = new ArrayList<>();
        for (HandoffTrigger trigger : triggers) {
            HandoffTrigger.Verdict verdict = trigger.judge(turn);
            bookkeeping.addAll(verdict.bookkeeping());
            if (reason == null && verdict.handsOver()) {
                reason = verdict.reason();
            }
        }
        if (HandoffReasons.NOT_UNDERSTOOD.equals(reason)) {
            // "I did not understand, write it another way" would contradict the handoff that follows.
            answer = answer.stream().filter(e -> !(e instanceof BotUttered)).toList();
        }
        if (reason != null) {
            // A person takes over: whatever the count of misunderstandings was, it starts again afterwards.
            bookkeeping.removeIf(e -> e instanceof SlotSet set && set.name().equals(RepeatedMisunderstanding.SLOT));
            bookkeeping.addAll(forgetMisunderstandings(conversation));
        }
        events.addAll(answer);
        events.addAll(bookkeeping);
        if (reason != null) {
            events.addAll(handOver(conversation, reason));
        }
        return events;
    }

    private List<ConversationEvent> handOver(Conversation conversation, String reason) {
        boolean priority = PriorityCitizen.of(conversation);
        HandoffRoute route = desk.route(conversation, priority);
        if (!route.open()) {
            return callback.offer(unavailableIntroduction(reason), reason, route);
        }
        return List.of(
                new BotUttered(Reply.text(handoverText(reason))),
                new HandoffRequested(reason, route.queue(), priority));
    }

    private static String handoverText(String reason) {
        switch (reason) {
            case HandoffReasons.NOT_UNDERSTOOD:
                return NOT_UNDERSTOOD;
            case HandoffReasons.ACTION_FAILED:
                return ACTION_FAILED;
            case HandoffReasons.PRIORITY_CITIZEN:
                return PRIORITY_CITIZEN;
            default:
                return CITIZEN_ASKED;
        }
    }

    private static String unavailableIntroduction(String reason) {
        if (HandoffReasons.NOT_UNDERSTOOD.equals(reason)) {
            return "Perdona, no consigo entenderte y me gustaría pasarte con una persona.";
        }
        if (HandoffReasons.ACTION_FAILED.equals(reason)) {
            return "Me gustaría pasarte con una persona para terminar la gestión.";
        }
        return "";
    }

    private static List<ConversationEvent> forgetMisunderstandings(Conversation conversation) {
        return conversation.slot(RepeatedMisunderstanding.SLOT).isPresent()
                ? List.of(new SlotSet(RepeatedMisunderstanding.SLOT, null))
                : List.of();
    }
}
