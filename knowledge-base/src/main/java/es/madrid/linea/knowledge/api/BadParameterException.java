package es.madrid.linea.knowledge.api;

/** A query parameter the API cannot use; answered with 400, the code and the Spanish explanation. */
public final class BadParameterException extends RuntimeException {

    private final String code;

    public BadParameterException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
