package es.madrid.linea.system;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings ({@code cibeles.*}); every one has a default that runs the service alone.
 *
 * @param dataDir where the embedded database and other files live
 * @param mode {@code embedded} creates demo accounts and uses the simulated back-office systems; any other value
 *     takes users and systems from configuration
 * @param demoPassword the password of the embedded demo accounts {@code agent}, {@code editor}, {@code supervisor}
 * @param zone the time zone of the council, used for dates the citizen says
 * @param liveConversations how many conversation states are kept in memory between turns
 * @param web settings of the web chat and public API
 * @param users accounts for non-embedded modes
 */
@ConfigurationProperties("cibeles")
public record CibelesProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("embedded") String mode,
        @DefaultValue("cibeles") String demoPassword,
        @DefaultValue("Europe/Madrid") ZoneId zone,
        @DefaultValue("10000") int liveConversations,
        @DefaultValue Web web,
        @DefaultValue List<User> users) {

    public boolean embedded() {
        return "embedded".equalsIgnoreCase(mode);
    }

    /**
     * @param allowedOrigins origins (patterns) allowed to embed the widget and call the citizen API from a browser
     * @param maxRequestBytes the largest request body the public API reads
     */
    public record Web(
            @DefaultValue({"http://localhost:*", "http://127.0.0.1:*", "https://*.madrid.es"})
            List<String> allowedOrigins,

            @DefaultValue("65536") long maxRequestBytes) {}

    /**
     * An account for agents, editors and supervisors outside the embedded mode.
     *
     * @param password encoded as Spring Security expects, e.g. {@code {bcrypt}$2a$...}
     * @param roles AGENT, EDITOR, SUPERVISOR
     */
    public record User(String name, String password, List<String> roles) {}
}
