package es.madrid.linea.bot.backoffice;

/**
 * Why a back-office request was not done, in terms the dialogue can act on. The {@code detail} of a failed outcome
 * explains it for logs and agents (never for the citizen as is).
 */
public enum Failure {
    /** There is no such alert, appointment or service: ask the citizen to check the code or reference. */
    NOT_FOUND,
    /** The system refused the request as it was (unknown service, a time outside the office's hours...). */
    REJECTED,
    /** The chosen time is no longer free: offer the citizen other times. */
    SLOT_TAKEN,
    /** The appointment can no longer be cancelled or moved: it is cancelled already, or its time has passed. */
    NOT_CHANGEABLE,
    /**
     * The system did not answer and nothing was kept (a question such as free times or a status): tell the citizen
     * to try again later or call 010. Orders (file, book, cancel) are kept instead and come back {@code Pending}.
     */
    UNAVAILABLE
}
