package es.madrid.linea.backoffice.alerts;

import es.madrid.linea.backoffice.remote.RemoteSettings;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which alerts system the bot uses ({@code cibeles.alerts.*}).
 *
 * @param system {@code embedded} (the registry in the database, the default) or {@code open311}
 * @param jurisdictionId the jurisdiction the embedded registry's Open311 endpoints serve
 * @param services where the embedded registry's services are listed
 * @param open311 the council's Open311 server, when {@code system} is {@code open311}
 */
@ConfigurationProperties("cibeles.alerts")
public record AlertsProperties(
        @DefaultValue("embedded") String system,
        @DefaultValue("es.madrid") String jurisdictionId,

        @DefaultValue("classpath:kb-content/alerts/services.yml")
        String services,

        @DefaultValue Open311 open311) {

    public static final String EMBEDDED = "embedded";
    public static final String OPEN311 = "open311";

    public AlertsProperties {
        if (!EMBEDDED.equals(system) && !OPEN311.equals(system)) {
            throw new IllegalArgumentException(
                    "cibeles.alerts.system is 'embedded' or 'open311', not '" + system + "'");
        }
        if (OPEN311.equals(system) && (open311 == null || open311.baseUrl() == null)) {
            throw new IllegalArgumentException(
                    "cibeles.alerts.open311.base-url is needed with cibeles.alerts.system=open311");
        }
    }

    /**
     * @param baseUrl the GeoReport v2 endpoint, e.g. {@code https://alerts.example/open311/v2}
     * @param apiKey sent with every new request (Open311's {@code api_key}); may be empty
     * @param jurisdictionId sent with every call when the server serves several; may be empty
     * @param http timeouts, retries and circuit breaker
     */
    public record Open311(
            URI baseUrl,
            String apiKey,
            String jurisdictionId,
            @DefaultValue RemoteSettings http) {}
}
