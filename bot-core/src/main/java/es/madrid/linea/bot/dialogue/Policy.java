package es.madrid.linea.bot.dialogue;

import java.util.Optional;

/**
 * A small named rule of the dialogue: it answers the turns it is about and passes on the rest. The policies are
 * asked in the order {@link Policies#allCurrentPolicies} lists them; the first that answers wins.
 */
public interface Policy {

    /** A short stable name, for logs and tests. */
    String name();

    /** The answer to this turn, or empty when the turn is not this policy's business. */
    Optional<Answer> answer(Turn turn);
}
