package es.madrid.linea.bot.conversation.jdbc;

/** The database failed; the operation did not happen. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
