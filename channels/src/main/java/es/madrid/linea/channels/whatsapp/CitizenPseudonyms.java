package es.madrid.linea.channels.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a WhatsApp wa_id (the citizen's phone number) into a stable pseudonym: {@code wa:} and an HMAC-SHA256 of the
 * number under a key derived from the app secret. The pseudonym is the conversation's citizen key and the only
 * citizen identifier in logs; without the secret it cannot be turned back into the number. Rotating the app secret
 * starts new conversations for everyone (their old ones stay in the log).
 */
public final class CitizenPseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "cibeles/whatsapp/citizen-key/v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    public CitizenPseudonyms(String appSecret) {
        // A derived key, so the secret that signs webhooks is never used for anything else directly.
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(bytes(appSecret), ALGORITHM), PURPOSE), ALGORITHM);
    }

    /** The citizen key of a wa_id; formatting characters (+, spaces) do not change it. */
    public String of(String waId) {
        String digits = waId == null ? "" : waId.replaceAll("[^0-9A-Za-z]", "");
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("empty wa_id");
        }
        byte[] mac = hmac(key, digits.getBytes(StandardCharsets.UTF_8));
        return "wa:" + Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] bytes(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
