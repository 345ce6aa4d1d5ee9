package es.madrid.linea.bench.whatsapp;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The WhatsApp settings the service is started with, so that its channel is on and talks to the suite's fake Graph
 * API: fresh secrets for every run, the documented {@code cibeles.whatsapp.*} properties. A service without the
 * WhatsApp channel ignores them.
 */
public record WhatsAppSetup(String appSecret, String verifyToken, String phoneNumberId, String graphBaseUrl) {

    static final String API_VERSION = "v23.0";

    public static WhatsAppSetup fresh(String graphBaseUrl) {
        SecureRandom random = new SecureRandom();
        return new WhatsAppSetup(hex(random, 16), hex(random, 12), "109876543210987", graphBaseUrl);
    }

    public List<String> serviceArguments() {
        return List.of(
                "--cibeles.whatsapp.api-base-url=" + graphBaseUrl,
                "--cibeles.whatsapp.api-version=" + API_VERSION,
                "--cibeles.whatsapp.phone-number-id=" + phoneNumberId,
                "--cibeles.whatsapp.access-token=bench-access-token",
                "--cibeles.whatsapp.app-secret=" + appSecret,
                "--cibeles.whatsapp.verify-token=" + verifyToken);
    }

    private static String hex(SecureRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
