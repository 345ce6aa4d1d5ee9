package es.madrid.linea.bot.dialogue;

import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.handoff.PriorityCitizen;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a priority citizen and records it in the conversation ({@link PriorityCitizen#SLOT} and the reason), for
 * the handoff's routing and so the dialogue speaks with fewer steps and plainer words: the profile says so or gives a
 * birth year of someone {@value PriorityCitizen#ELDERLY_AGE} or older (at the start), or the citizen says their age
 * ("tengo 78 años"), their birth year ("nací en 1947") or that they are elderly or need help ("soy mayor", "tengo
 * una discapacidad"). The classifier has no intent for this, so plain patterns read it, whatever else the message
 * asks.
 */
final class PriorityRecognition {

    private static final Pattern AGE = Pattern.compile("\\btengo (\\d{2,3}) anos\\b");
    private static final Pattern BIRTH_YEAR =
            Pattern.compile("\\b(?:naci|soy del?|soy de) (?:en |el )?(?:ano )?(19\\d\\d)\\b");
    private static final Pattern SAID_SO =
            Pattern.compile("\\b(soy (una persona )?(mayor|anciana?|jubilad[oa]|pensionista)|"
                    + "tengo (una )?(discapacidad|minusvalia)|soy (una persona )?(con discapacidad|dependiente)|"
                    + "me cuesta (mucho )?(leer|escribir|entender|el movil)|persona mayor)\\b");

    /** What a message that only states it (nothing else asked) leaves after the statement. */
    private static final int WORDS_LEFT = 2;

    /** The reason found in the text, or empty. */
    static Optional<String> reasonIn(String text, ZonedDateTime now) {
        String plain = plain(text);
        Matcher age = AGE.matcher(plain);
        if (age.find() && Integer.parseInt(age.group(1)) >= PriorityCitizen.ELDERLY_AGE) {
            return Optional.of("age");
        }
        Matcher year = BIRTH_YEAR.matcher(plain);
        if (year.find() && now.getYear() - Integer.parseInt(year.group(1)) >= PriorityCitizen.ELDERLY_AGE) {
            return Optional.of("birth_year");
        }
        return SAID_SO.matcher(plain).find() ? Optional.of("said_so") : Optional.empty();
    }

    /** The message only states it ("tengo 80 años", "soy mayor, ¿sabes?"), asking nothing else. */
    static boolean onlyStates(String text) {
        String rest = plain(text);
        rest = AGE.matcher(rest).replaceAll(" ");
        rest = BIRTH_YEAR.matcher(rest).replaceAll(" ");
        rest = SAID_SO.matcher(rest).replaceAll(" ");
        String[] words = rest.replaceAll("[^a-z0-9 ]", " ").strip().split("\\s+");
        return rest.isBlank() || words.length <= WORDS_LEFT;
    }

    /** The events that record a priority citizen the conversation does not know of yet. */
    static List<ConversationEvent> record(Conversation conversation, String reason) {
        if (conversation.slot(PriorityCitizen.SLOT).isPresent()) {
            return List.of();
        }
        return List.of(new SlotSet(PriorityCitizen.SLOT, "true"), new SlotSet(DialogueSlots.PRIORITY_REASON, reason));
    }

    /** At the start: what the profile says. */
    static Optional<String> fromProfile(Conversation conversation) {
        if (conversation.citizen().priorityCitizen()) {
            return Optional.of("profile");
        }
        return PriorityCitizen.of(conversation) ? Optional.of("birth_year") : Optional.empty();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private PriorityRecognition() {}
}
