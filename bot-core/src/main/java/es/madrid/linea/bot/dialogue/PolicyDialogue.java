package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.reply.Reply;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dialogue manager: every message goes through the {@link Policies} in order, with the state read only from the
 * conversation (its slots), so a new instance given the replayed log answers exactly as the old one would. Before the
 * policies, it records a priority citizen the message reveals; a message that only says so is thanked and, in the
 * middle of a form, the form's question comes again.
 */
public final class PolicyDialogue implements JudgingDialogue {

    static final String NOTED_PRIORITY = "Gracias por decírmelo. Te atenderé con prioridad y sin complicaciones.";

    private final Policies policies;
    private final Clock clock;
    private final ZoneId zone;

    public PolicyDialogue(Policies policies, Clock clock, ZoneId zone) {
        this.policies = policies;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<ConversationEvent> start(Conversation conversation) {
        List<ConversationEvent> events = new ArrayList<>();
        Optional<String> priority = PriorityRecognition.fromProfile(conversation);
        priority.ifPresent(reason -> events.addAll(PriorityRecognition.record(conversation, reason)));
        events.addAll(SmallTalk.greeting(priority.isPresent()));
        events.add(SmallTalk.greetedAt(conversation, events.size()));
        return events;
    }

    @Override
    public Answer answer(Conversation conversation, UserUttered message) {
        List<ConversationEvent> before = new ArrayList<>();
        Optional<String> priority = message.text() == null
                ? Optional.empty()
                : PriorityRecognition.reasonIn(message.text(), clock.instant().atZone(zone));
        priority.ifPresent(reason -> before.addAll(PriorityRecognition.record(conversation, reason)));
        // The policies see the conversation as it will be with these slots, so they already speak plainly.
        Conversation seen = conversation;
        for (ConversationEvent event : before) {
            seen = seen.apply(new RecordedEvent(conversation.lastSeq(), conversation.lastActivityAt(), event));
        }
        Turn turn = new Turn(seen, message, clock.instant().atZone(zone));
        Answer answer;
        if (priority.isPresent() && PriorityRecognition.onlyStates(message.text())) {
            answer = noted(turn);
        } else {
            answer = policies.answer(turn);
        }
        List<ConversationEvent> events = new ArrayList<>(before);
        events.addAll(answer.events());
        return new Answer(events, answer.understood());
    }

    /** Thanks for saying so; the form in progress asks its question again, otherwise the plain menu. */
    private Answer noted(Turn turn) {
        List<ConversationEvent> events = new ArrayList<>();
        events.add(new BotUttered(Reply.text(NOTED_PRIORITY)));
        if (turn.slot(DialogueSlots.FORM).isPresent()) {
            // Re-asking is what a help request does in a form, minus the help text: reuse the help turn's question.
            events.addAll(policies.reask(turn));
        } else {
            events.add(SmallTalk.capabilities(true));
        }
        return Answer.of(events);
    }
}
