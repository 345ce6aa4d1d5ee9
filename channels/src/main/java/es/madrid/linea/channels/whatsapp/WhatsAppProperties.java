package es.madrid.linea.channels.whatsapp;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The WhatsApp channel's settings ({@code cibeles.whatsapp.*}). The channel is off until the phone-number id, access
 * token, app secret and verify token are all set. Secrets never appear in {@link #toString()}.
 *
 * @param apiBaseUrl the Graph API, e.g. {@code https://graph.facebook.com}
 * @param apiVersion the Graph API version in the path, e.g. {@code v23.0}
 * @param phoneNumberId the business phone number's id: messages are sent from it, and webhook updates for other numbers
 *     are ignored
 * @param accessToken the system user's token, sent as a Bearer token
 * @param appSecret signs the webhook requests ({@code X-Hub-Signature-256}); also keys the citizen pseudonyms
 * @param verifyToken the token Meta echoes in the webhook verification handshake
 * @param messagesPerSecond the number's throughput limit (Meta's default is 80)
 * @param responseTimeout how long a send waits for the Graph API's answer; after it the message is not sent again
 *     (it may have arrived) but reported
 */
@ConfigurationProperties("cibeles.whatsapp")
public record WhatsAppProperties(
        @DefaultValue("https://graph.facebook.com") URI apiBaseUrl,
        @DefaultValue("v23.0") String apiVersion,
        String phoneNumberId,
        String accessToken,
        String appSecret,
        String verifyToken,
        @DefaultValue("80") int messagesPerSecond,
        @DefaultValue("15s") Duration responseTimeout) {

    /** The names of the settings without which the channel cannot work. */
    public List<String> missingSettings() {
        List<String> missing = new ArrayList<>();
        if (!StringUtils.hasText(phoneNumberId)) {
            missing.add("cibeles.whatsapp.phone-number-id");
        }
        if (!StringUtils.hasText(accessToken)) {
            missing.add("cibeles.whatsapp.access-token");
        }
        if (!StringUtils.hasText(appSecret)) {
            missing.add("cibeles.whatsapp.app-secret");
        }
        if (!StringUtils.hasText(verifyToken)) {
            missing.add("cibeles.whatsapp.verify-token");
        }
        return missing;
    }

    /** The send endpoint: {@code <base>/<version>/<phone-number-id>/messages}. */
    public URI messagesUri() {
        String base = apiBaseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/" + apiVersion + "/" + phoneNumberId + "/messages");
    }

    @Override
    public String toString() {
        // Records print every component; the token and the secrets must never reach a log.
        return "WhatsAppProperties[apiBaseUrl=" + apiBaseUrl + ", apiVersion=" + apiVersion + ", phoneNumberId="
                + phoneNumberId + ", messagesPerSecond=" + messagesPerSecond + ", responseTimeout=" + responseTimeout
                + ", secrets=masked]";
    }
}
