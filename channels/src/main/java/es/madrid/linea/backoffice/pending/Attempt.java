package es.madrid.linea.backoffice.pending;

import es.madrid.linea.bot.backoffice.Failure;

/** What one attempt at a kept request came to. */
public sealed interface Attempt {

    /**
     * The system did it.
     *
     * @param reference its id for it (alert code, appointment id)
     * @param result the answer as JSON, replayed to a repeated request
     */
    record Succeeded(String reference, String result) implements Attempt {}

    /**
     * No answer yet: try again later.
     *
     * @param uncertain the system may have done it (reconcile before sending again)
     * @param reference anything the system gave meanwhile (e.g. an Open311 batch token); may be null
     */
    record NotYet(boolean uncertain, String reference, String error) implements Attempt {}

    /** The system refused it: telling the citizen is all that is left. */
    record Refused(Failure failure, String error) implements Attempt {}

    /** Only a person can finish it (e.g. whether it was done cannot be known without looking). */
    record NeedsPerson(String error) implements Attempt {}
}
