package es.madrid.linea.backoffice.remote;

/** A call to an external system that did not give a usable answer, and what that means for the request. */
public final class RemoteFailure extends RuntimeException {

    public enum Kind {
        /** The system surely did nothing: no connection, circuit open, or it said it could not take the call now. */
        NOTHING_DONE,
        /** The request was sent and no usable answer came back (timeout, reset, server error, malformed body). */
        OUTCOME_UNKNOWN,
        /** The system refused the request as it was (4xx). */
        REFUSED,
        /** The system has no such thing (404). */
        NOT_FOUND
    }

    private final Kind kind;
    private final int status;

    public RemoteFailure(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public RemoteFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = 0;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** Whether the system may have done it: then sending again could do it twice. */
    public boolean mayHaveBeenDone() {
        return kind == Kind.OUTCOME_UNKNOWN;
    }

    /** Whether the system is up and answering (a refusal is an answer). */
    public boolean isSystemDown() {
        return kind == Kind.NOTHING_DONE || kind == Kind.OUTCOME_UNKNOWN;
    }

    boolean worthRetrying(boolean repeatable) {
        return kind == Kind.NOTHING_DONE || (repeatable && kind == Kind.OUTCOME_UNKNOWN);
    }
}
