package es.madrid.linea.system;

import es.madrid.linea.bot.conversation.IdSource;
import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable ids: 128 random bits, URL-safe, 22 characters. A conversation id is its citizen's access key. */
final class RandomIds implements IdSource {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
