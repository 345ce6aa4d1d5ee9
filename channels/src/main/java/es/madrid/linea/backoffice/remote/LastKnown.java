package es.madrid.linea.backoffice.remote;

import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The last answer an external system gave to a question that rarely changes (its list of services), kept to answer
 * while the system is down: the bot can still offer the options.
 */
public final class LastKnown<T> {

    private volatile T last;

    /** Asks the system; when it does not answer, the last answer, or {@code UNAVAILABLE} when there is none. */
    public Outcome<T> ask(Supplier<T> question) {
        try {
            T fresh = question.get();
            last = fresh;
            return Outcome.done(fresh);
        } catch (RemoteFailure e) {
            T known = last;
            return known != null ? Outcome.done(known) : Outcome.failed(Failure.UNAVAILABLE, e.getMessage());
        }
    }

    /** The last answer, without asking. */
    public Optional<T> last() {
        return Optional.ofNullable(last);
    }
}
