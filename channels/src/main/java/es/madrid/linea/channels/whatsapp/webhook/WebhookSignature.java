package es.madrid.linea.channels.whatsapp.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Meta's {@code X-Hub-Signature-256: sha256=<hex>} header: an HMAC-SHA256 of the raw body bytes, exactly as
 * received, keyed with the app secret. The comparison takes the same time wherever the first wrong byte is, so the
 * signature cannot be guessed byte by byte.
 */
public final class WebhookSignature {

    /** How a request's signature turned out. */
    public enum Verdict {
        VALID,
        /** No signature header, or not of the {@code sha256=<64 hex digits>} form. */
        MISSING,
        /** A well-formed signature of some other body or secret. */
        WRONG
    }

    private static final String PREFIX = "sha256=";
    private static final int HMAC_BYTES = 32;

    private final SecretKeySpec key;

    public WebhookSignature(String appSecret) {
        this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public Verdict check(String header, byte[] body) {
        byte[] claimed = decode(header);
        if (claimed == null) {
            return Verdict.MISSING;
        }
        return MessageDigest.isEqual(claimed, sign(body)) ? Verdict.VALID : Verdict.WRONG;
    }

    /** The header value Meta would send for this body. */
    public String headerFor(byte[] body) {
        return PREFIX + HexFormat.of().formatHex(sign(body));
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] decode(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                || value.length() != PREFIX.length() + 2 * HMAC_BYTES) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }
}
