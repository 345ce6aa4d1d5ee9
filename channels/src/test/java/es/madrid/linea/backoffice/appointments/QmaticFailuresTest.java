package es.madrid.linea.backoffice.appointments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import es.madrid.linea.backoffice.Databases;
import es.madrid.linea.backoffice.FastRemote;
import es.madrid.linea.backoffice.pending.KeptRequest;
import es.madrid.linea.backoffice.pending.KeptRequestRetrier;
import es.madrid.linea.backoffice.pending.KeptRequests;
import es.madrid.linea.backoffice.pending.RecordingFollowUp;
import es.madrid.linea.backoffice.remote.RemoteSystem;
import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentStatus;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.ReminderPlan;
import es.madrid.linea.bot.notifications.ReminderSchedule;
import es.madrid.linea.bot.notifications.ReminderStatus;
import es.madrid.linea.bot.testing.CalendarFixture;
import es.madrid.linea.bot.testing.NotificationsContract;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Qmatic appointment system down, slow or broken: bookings and cancellations are kept and made later (reminders
 * follow), nothing is booked twice, and what cannot be known goes to people.
 */
class QmaticFailuresTest {

    private static final String BOOK = FakeQmatic.BASE + "/v1/branches/.*/book";

    private final TestClock clock = new TestClock(CalendarFixture.MONDAY_MORNING);
    private final FakeQmatic fake = new FakeQmatic(clock);
    private final RecordingFollowUp followUp = new RecordingFollowUp();
    private final ReminderSchedule notifications =
            ReminderSchedule.inMemory(ReminderPlan.standard(CalendarFixture.MADRID), clock, new SequentialIds("r"));
    private WireMockServer server;
    private KeptRequests kept;
    private KeptAppointmentBook qmatic;
    private RemindedAppointmentBook book;
    private KeptRequestRetrier retrier;

    @BeforeEach
    void setUp() {
        server = new WireMockServer(options().dynamicPort().extensions(fake));
        server.start();
        fake.serveOn(server);
        kept = Databases.keptRequests(clock);
        qmatic = qmatic(Duration.ofSeconds(5));
        book = new RemindedAppointmentBook(qmatic, notifications);
        retrier = new KeptRequestRetrier(kept, List.of(qmatic));
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    @Test
    void aBookingWhileQmaticIsDownIsKeptAndMadeOnceItIsBackWithItsReminder() {
        Slot slot = slots().get(0);
        StubMapping down = server.stubFor(
                post(urlMatching(BOOK)).atPriority(1).willReturn(aResponse().withStatus(503)));

        Outcome<Appointment> outcome = book.bookAndRemind(booking(slot, "k-1"), NotificationsContract.BY_SMS);

        assertThat(outcome).isEqualTo(Outcome.pending("t-1"));
        assertThat(notifications.reminderOf("t-1").orElseThrow().status()).isEqualTo(ReminderStatus.WAITING);
        server.removeStub(down);
        clock.advance(Duration.ofSeconds(31));
        assertThat(retrier.retryDue()).isEqualTo(1);

        assertThat(fake.booked()).isEqualTo(1);
        assertThat(followUp.told())
                .singleElement()
                .asString()
                .startsWith("booked ")
                .endsWith("at 08:30 for conversation-1");
        Appointment booked = done(book.book(booking(slot, "k-1")));
        assertThat(notifications.reminderOf(booked.id()).orElseThrow().status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(fake.booked()).isEqualTo(1);
    }

    @Test
    void aBookingWhoseAnswerWasLostGoesToPeopleAndIsNeverBookedTwice() {
        Slot slot = slots().get(0);
        server.stubFor(post(urlMatching(BOOK))
                .atPriority(1)
                .willReturn(aResponse().withTransformers(FakeQmatic.NAME).withFixedDelay(2500)));
        KeptAppointmentBook impatient = qmatic(Duration.ofMillis(700));
        RemindedAppointmentBook slowBook = new RemindedAppointmentBook(impatient, notifications);

        Outcome<Appointment> outcome = slowBook.bookAndRemind(booking(slot, "k-1"), NotificationsContract.BY_SMS);

        assertThat(outcome.isPending()).isTrue();
        assertThat(fake.booked()).isEqualTo(1); // Qmatic booked it; its answer was lost
        server.resetMappings();
        fake.serveOn(server);
        clock.advance(Duration.ofSeconds(31));
        new KeptRequestRetrier(kept, List.of(impatient)).retryDue();

        assertThat(fake.booked()).isEqualTo(1);
        server.verify(1, postRequestedFor(urlMatching(BOOK)));
        assertThat(kept.inState(KeptRequest.State.REVIEW, 10)).hasSize(1);
        assertThat(followUp.told()).containsExactly("not done book_appointment for conversation-1");
        assertThat(notifications.reminderOf("t-1").orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
    }

    @Test
    void aConnectionResetOnBookingIsNotSentAgainEither() {
        server.stubFor(post(urlMatching(BOOK))
                .atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(book.book(booking(slots().get(0), "k-1")).isPending()).isTrue();
        clock.advance(Duration.ofSeconds(31));
        retrier.retryDue();

        server.verify(1, postRequestedFor(urlMatching(BOOK)));
        assertThat(kept.inState(KeptRequest.State.REVIEW, 10)).hasSize(1);
    }

    @Test
    void aCancellationWhileQmaticIsDownIsKeptAndDoneLater() {
        Appointment booked = done(book.bookAndRemind(booking(slots().get(0), "k-1"), NotificationsContract.BY_SMS));
        StubMapping down = server.stubFor(delete(urlMatching(FakeQmatic.BASE + "/v1/appointments/.*"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        assertThat(book.cancel(booked.id()).isPending()).isTrue();
        assertThat(notifications.reminderOf(booked.id()).orElseThrow().status()).isEqualTo(ReminderStatus.SCHEDULED);

        server.removeStub(down);
        clock.advance(Duration.ofSeconds(31));
        retrier.retryDue();

        assertThat(fake.booked()).isZero();
        assertThat(followUp.told()).containsExactly("cancelled " + booked.id() + " for conversation-1");
        assertThat(notifications.reminderOf(booked.id()).orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
        assertThat(done(book.find(booked.id())).status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void aMoveBooksTheNewTimeCancelsTheOldAndMovesTheReminder() {
        List<Slot> slots = slots();
        Appointment booked = done(book.bookAndRemind(booking(slots.get(0), "k-1"), NotificationsContract.BY_SMS));

        Appointment moved = done(book.move(booked.id(), slots.get(2).start()));

        assertThat(moved.id()).isNotEqualTo(booked.id());
        assertThat(moved.procedureId()).isEqualTo("empadronamiento-alta");
        assertThat(fake.booked()).isEqualTo(1);
        assertThat(notifications.reminderOf(moved.id()).orElseThrow().status())
                .isIn(ReminderStatus.SCHEDULED, ReminderStatus.SKIPPED);
        assertThat(notifications.reminderOf(booked.id()).orElseThrow().status()).isEqualTo(ReminderStatus.CANCELLED);
        assertThat(done(book.find(booked.id())).status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void freeTimesWhileQmaticFailsAreUnavailable() {
        server.stubFor(get(urlMatching(FakeQmatic.BASE + "/v2/.*"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(500)));

        Outcome<List<Slot>> outcome = book.freeSlots(query());

        assertThat(outcome.failureIfFailed()).contains(Failure.UNAVAILABLE);
    }

    @Test
    void aMalformedAnswerToAQuestionIsUnavailableNotACrash() {
        server.stubFor(get(urlMatching(FakeQmatic.BASE + "/v2/.*"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody("{\"dates\": \"mañana\"")));

        assertThat(book.freeSlots(query()).failureIfFailed()).contains(Failure.UNAVAILABLE);
    }

    @Test
    void whatQmaticAnswersIsStillBookedWhenItsCircuitHadOpened() {
        StubMapping failing = server.stubFor(any(urlMatching(FakeQmatic.BASE + "/v2/.*"))
                .atPriority(1)
                .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
        for (int i = 0; i < 4; i++) {
            book.freeSlots(query());
        }
        server.removeStub(failing);

        // The circuit is open: a booking now is kept, not lost.
        assertThat(book.book(booking(slotAt("2026-12-01T09:00"), "k-1")).isPending())
                .isTrue();
    }

    private KeptAppointmentBook qmatic(Duration readTimeout) {
        QmaticClient client = new QmaticClient(
                new RemoteSystem("qmatic", FastRemote.settings(readTimeout)),
                URI.create(server.baseUrl() + FakeQmatic.BASE),
                FakeQmatic.API_KEY,
                CalendarFixture.MADRID);
        return new KeptAppointmentBook(
                client, FakeQmatic.BRANCHES, kept, followUp, notifications, CalendarFixture.MADRID, clock);
    }

    /** Wednesday's first times: far enough for a reminder the day before. */
    private SlotQuery query() {
        return SlotQuery.firstAvailable(
                CalendarFixture.ARGANZUELA,
                FakeQmatic.SERVICES.get(CalendarFixture.PADRON),
                java.time.LocalDateTime.parse("2026-12-02T08:00").atZone(CalendarFixture.MADRID));
    }

    private List<Slot> slots() {
        return done(book.freeSlots(query()));
    }

    private Slot slotAt(String local) {
        var start = java.time.LocalDateTime.parse(local).atZone(CalendarFixture.MADRID);
        return new Slot(
                CalendarFixture.ARGANZUELA,
                FakeQmatic.SERVICES.get(CalendarFixture.PADRON),
                start,
                start.plusMinutes(10));
    }

    private static Booking booking(Slot slot, String key) {
        return new Booking(
                slot.officeId(),
                slot.serviceId(),
                "empadronamiento-alta",
                slot.start(),
                "Almudena",
                null,
                key,
                "conversation-1");
    }

    private static <T> T done(Outcome<T> outcome) {
        assertThat(outcome.isDone()).as("%s", outcome).isTrue();
        return outcome.valueIfDone().orElseThrow();
    }
}
