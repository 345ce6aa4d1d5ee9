package es.madrid.linea.knowledge.editing;

/**
 * An editor's request that the procedure's current state does not allow (no draft to publish, nothing published to
 * withdraw); the API answers 409 with a stable code and a Spanish explanation.
 */
public final class EditingConflictException extends RuntimeException {

    private final String code;

    public EditingConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
