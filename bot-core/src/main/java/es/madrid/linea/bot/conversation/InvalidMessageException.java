package es.madrid.linea.bot.conversation;

/** The citizen's message cannot be taken as it is; {@code code} is stable, the message is Spanish for the citizen. */
public class InvalidMessageException extends RuntimeException {

    private final String code;

    public InvalidMessageException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
