package es.madrid.linea.bot.handoff;

import es.madrid.linea.bot.conversation.Conversation;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

/**
 * Who gets priority attention: the profile says so (the channel or app marks elderly or vulnerable citizens), the
 * dialogue recorded it in the {@value #SLOT} slot (the citizen said their age, or that they need help), or the
 * profile's birth year makes them {@value #ELDERLY_AGE} or older when the conversation started.
 */
public final class PriorityCitizen {

    /** The slot the dialogue sets to {@code true} when it recognises a priority citizen. */
    public static final String SLOT = "priority_citizen";

    public static final int ELDERLY_AGE = 65;

    private static final Set<String> YES = Set.of("true", "sí", "si", "yes");

    private PriorityCitizen() {}

    public static boolean of(Conversation conversation) {
        if (conversation.citizen().priorityCitizen()) {
            return true;
        }
        if (conversation
                .slot(SLOT)
                .map(v -> YES.contains(v.toLowerCase(Locale.ROOT)))
                .orElse(false)) {
            return true;
        }
        Integer birthYear = conversation.citizen().birthYear();
        if (birthYear == null || conversation.startedAt() == null) {
            return false;
        }
        int year = conversation.startedAt().atZone(ZoneOffset.UTC).getYear();
        return year - birthYear >= ELDERLY_AGE;
    }
}
