package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Greetings, help, thanks and goodbyes. A greeting right after the bot's own greeting is not greeted again: on
 * WhatsApp the conversation opens because of that very "hola", so the bot stays silent; elsewhere it only asks how it
 * can help.
 */
final class SmallTalk implements Policy {

    static final String HOW_CAN_I_HELP = "¡Hola! ¿En qué puedo ayudarte?";
    static final String CAPABILITIES_PLAIN = "Puedo darte información de trámites, avisar de un problema en la calle "
            + "o decirte qué oficina te queda cerca. También puedes hablar con una persona.";

    @Override
    public String name() {
        return "small_talk";
    }

    @Override
    public Optional<Answer> answer(Turn turn) {
        if (turn.clearly(Intents.GREET)) {
            if (justGreeted(turn)) {
                return Optional.of(
                        turn.conversation().channel() == Channel.WHATSAPP
                                ? Answer.of(List.of())
                                : Answer.say(HOW_CAN_I_HELP));
            }
            return Optional.of(Answer.of(greeting(turn.priority())));
        }
        if (turn.clearly(Intents.HELP)) {
            return Optional.of(Answer.of(capabilities(turn.priority())));
        }
        if (turn.clearly(Intents.THANKS)) {
            return Optional.of(Answer.say(GreetingDialogue.YOU_ARE_WELCOME));
        }
        if (turn.clearly(Intents.GOODBYE)) {
            return Optional.of(Answer.say(GreetingDialogue.GOODBYE));
        }
        if (GreetingDialogue.MENU.get(0).id().equals(turn.payload())) {
            return Optional.of(Answer.say(GreetingDialogue.ASK_PROCEDURE));
        }
        return Optional.empty();
    }

    /** The greeting, with the menu; plainer words for a priority citizen. */
    static List<es.madrid.linea.bot.conversation.ConversationEvent> greeting(boolean plain) {
        List<es.madrid.linea.bot.conversation.ConversationEvent> events = new ArrayList<>();
        events.add(new BotUttered(Reply.text(GreetingDialogue.GREETING)));
        events.add(capabilities(plain));
        return events;
    }

    static BotUttered capabilities(boolean plain) {
        return new BotUttered(
                Reply.options(plain ? CAPABILITIES_PLAIN : GreetingDialogue.CAPABILITIES, GreetingDialogue.MENU));
    }

    /** Marks where the greeting ends: {@code eventsBefore} is the start's events before this slot. */
    static SlotSet greetedAt(Conversation conversation, int eventsBefore) {
        return new SlotSet(DialogueSlots.GREETED_AT, Long.toString(conversation.lastSeq() + eventsBefore + 1));
    }

    /** This message comes right after the bot's greeting. */
    static boolean justGreeted(Turn turn) {
        long lastSeq = turn.conversation().lastSeq();
        return turn.slot(DialogueSlots.GREETED_AT)
                .map(at -> Long.toString(lastSeq - 1).equals(at))
                .orElse(false);
    }
}
