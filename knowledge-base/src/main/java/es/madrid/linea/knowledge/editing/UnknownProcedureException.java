package es.madrid.linea.knowledge.editing;

/** No procedure (or no such revision of it) has this id; the API answers 404. */
public final class UnknownProcedureException extends RuntimeException {

    public UnknownProcedureException(String message) {
        super(message);
    }
}
