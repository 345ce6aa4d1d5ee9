package es.madrid.linea.backoffice.appointments;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import es.madrid.linea.backoffice.Databases;
import es.madrid.linea.backoffice.FastRemote;
import es.madrid.linea.backoffice.pending.KeptRequests;
import es.madrid.linea.backoffice.pending.RecordingFollowUp;
import es.madrid.linea.backoffice.remote.RemoteSystem;
import es.madrid.linea.bot.appointments.AppointmentBook;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.notifications.ReminderPlan;
import es.madrid.linea.bot.notifications.ReminderSchedule;
import es.madrid.linea.bot.testing.AppointmentBookContract;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import java.net.URI;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;

/** The Qmatic client, with its ledger, against a Calendar Public Appointment API speaking the reference shapes. */
class QmaticAppointmentBookTest extends AppointmentBookContract {

    private WireMockServer server;

    @Override
    protected AppointmentBook newBook(TestClock clock) {
        FakeQmatic fake = new FakeQmatic(clock);
        server = new WireMockServer(options().dynamicPort().extensions(fake));
        server.start();
        fake.serveOn(server);
        return qmaticBook(server, clock, new RecordingFollowUp());
    }

    static KeptAppointmentBook qmaticBook(WireMockServer server, TestClock clock, RecordingFollowUp followUp) {
        QmaticClient client = new QmaticClient(
                new RemoteSystem("qmatic", FastRemote.settings()),
                URI.create(server.baseUrl() + FakeQmatic.BASE),
                FakeQmatic.API_KEY,
                CalendarFixture.MADRID);
        KeptRequests kept = Databases.keptRequests(clock);
        return new KeptAppointmentBook(
                client,
                FakeQmatic.BRANCHES,
                kept,
                followUp,
                ReminderSchedule.inMemory(ReminderPlan.standard(CalendarFixture.MADRID), clock, new SequentialIds("r")),
                CalendarFixture.MADRID,
                clock);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Override
    protected Set<Failure> refusalsOfATimeNotOffered() {
        return Set.of(Failure.SLOT_TAKEN);
    }

    @Override
    protected OptionalInt capacity() {
        return OptionalInt.of(CalendarFixture.PADRON_DESKS);
    }
}
