package es.madrid.linea.backoffice.alerts;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import es.madrid.linea.backoffice.Databases;
import es.madrid.linea.backoffice.FastRemote;
import es.madrid.linea.backoffice.pending.KeptRequests;
import es.madrid.linea.backoffice.pending.RecordingFollowUp;
import es.madrid.linea.backoffice.remote.RemoteSystem;
import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertStatus;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.testing.AlertsDeskContract;
import es.madrid.linea.bot.testing.TestClock;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Open311 client, with its ledger, against a GeoReport v2 server speaking the specification's JSON. */
class Open311AlertsDeskTest extends AlertsDeskContract {

    private final TestClock clock = TestClock.at("2026-11-30T09:00:00Z");
    private final FakeOpen311 fake = new FakeOpen311(clock, SERVICES);
    private WireMockServer server;

    @Override
    protected AlertsDesk newDesk() {
        server = new WireMockServer(options().dynamicPort().extensions(fake));
        server.start();
        fake.serveOn(server);
        Open311Client client = new Open311Client(
                new RemoteSystem("open311", FastRemote.settings()),
                URI.create(server.baseUrl() + FakeOpen311.BASE),
                FakeOpen311.API_KEY,
                "es.madrid");
        KeptRequests kept = Databases.keptRequests(clock);
        return new KeptAlertsDesk(client, kept, new RecordingFollowUp(), clock);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void theCodeIsTheServersAndTheStatusFollowsIt() {
        Alert filed = done(desk.file(streetLight("k-1")));
        fake.close(filed.code(), "Farola reparada");

        Alert followed = done(desk.status(filed.code()));

        assertThat(filed.code()).isEqualTo("8317229");
        assertThat(followed.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(followed.statusNotes()).isEqualTo("Farola reparada");
        assertThat(fake.created()).isEqualTo(1);
    }
}
