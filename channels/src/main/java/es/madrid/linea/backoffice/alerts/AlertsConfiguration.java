package es.madrid.linea.backoffice.alerts;

import es.madrid.linea.backoffice.pending.FollowUp;
import es.madrid.linea.backoffice.pending.KeptRequests;
import es.madrid.linea.backoffice.remote.RemoteSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The alerts system, chosen by {@code cibeles.alerts.system}: the embedded registry (default) or Open311. */
@Configuration(proxyBeanMethods = false)
class AlertsConfiguration {

    @Bean
    @ConditionalOnProperty(
            name = "cibeles.alerts.system",
            havingValue = AlertsProperties.EMBEDDED,
            matchIfMissing = true)
    EmbeddedAlertsRegistry embeddedAlertsRegistry(
            JdbcClient jdbc, AlertsProperties properties, ResourceLoader resources, Clock clock) {
        try {
            AlertServiceCatalogue catalogue = AlertServiceCatalogue.read(
                    resources.getResource(properties.services()).getInputStream());
            return new EmbeddedAlertsRegistry(jdbc, catalogue, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the alert services at " + properties.services(), e);
        }
    }

    @Bean
    @ConditionalOnProperty(name = "cibeles.alerts.system", havingValue = AlertsProperties.OPEN311)
    KeptAlertsDesk open311AlertsDesk(AlertsProperties properties, KeptRequests kept, FollowUp followUp, Clock clock) {
        AlertsProperties.Open311 open311 = properties.open311();
        Open311Client client = new Open311Client(
                new RemoteSystem("open311", open311.http()),
                open311.baseUrl(),
                open311.apiKey(),
                open311.jurisdictionId());
        return new KeptAlertsDesk(client, kept, followUp, clock);
    }
}
