package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.ConversationListener;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.conversation.InMemoryConversationStore;
import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.dialogue.GreetingDialogue;
import es.madrid.linea.bot.handoff.HandoffDialogue;
import es.madrid.linea.bot.nlu.KeywordUnderstanding;
import es.madrid.linea.bot.testing.SequentialIds;
import es.madrid.linea.bot.testing.TestClock;
import es.madrid.linea.handoff.HandoffSettings;
import es.madrid.linea.handoff.routing.AgentProfile;
import es.madrid.linea.handoff.routing.Group;
import es.madrid.linea.handoff.routing.Groups;
import es.madrid.linea.handoff.routing.OpeningHours;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A desk as the application wires it, over the in-memory log, an in-memory H2 database and collected pushes, with
 * a clock the test moves. {@link #restart()} builds a new desk over the same log and database.
 */
final class DeskFixture implements AutoCloseable {

    static final Duration OFFER_TIMEOUT = Duration.ofSeconds(30);
    static final Duration RECONNECT_GRACE = Duration.ofMinutes(2);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    final TestClock clock;
    final InMemoryConversationStore store = new InMemoryConversationStore();
    final CollectingConsoles consoles = new CollectingConsoles();
    final JdbcClient jdbc;
    final Groups groups = new Groups(
            List.of(
                    new Group("general", "Atención general", Set.of("general"), false),
                    new Group("tributos", "Tributos y multas", Set.of("tributos"), false),
                    new Group("mayores", "Atención preferente", Set.of(), true)),
            "general");
    final CallbackTasks callbacks;
    final OpenHandoffs open;
    final AgentNotes notes;
    final ConversationService conversations;
    final DeskBoard board;
    Switchboard switchboard;
    private final AtomicReference<ConversationListener> listener = new AtomicReference<>(ConversationListener.NONE);
    private final HandoffSettings settings;
    private final OpeningHours hours;
    private final Roster roster;

    DeskFixture(String now, List<String> openingHours, List<AgentProfile> agents) {
        clock = TestClock.at(now);
        jdbc = JdbcClient.create(migratedDatabase());
        callbacks = new CallbackTasks(jdbc, new SequentialIds("cb"));
        open = new OpenHandoffs(jdbc);
        notes = new AgentNotes(jdbc);
        settings = new HandoffSettings(
                OFFER_TIMEOUT,
                Duration.ofHours(1),
                Duration.ofSeconds(10),
                RECONNECT_GRACE,
                Duration.ofMinutes(4),
                openingHours,
                List.of(),
                "general",
                null,
                List.of(),
                2,
                "available",
                null,
                null,
                List.of(),
                0.5);
        hours = OpeningHours.parse(openingHours, List.of(), ZoneId.of("Europe/Madrid"));
        roster = new Roster(agents, groups.all().stream().map(Group::name).collect(Collectors.toSet()), 2);
        board = new DeskBoard(groups, settings.topicsOrDefaults(), hours, store, callbacks, clock);
        conversations = new ConversationService(
                store,
                new KeywordUnderstanding(),
                new HandoffDialogue(new GreetingDialogue(), board),
                (conversation, events) -> listener.get().onEvents(conversation, events),
                clock,
                new SequentialIds("c"),
                ZoneId.of("Europe/Madrid"),
                100);
        startDesk();
    }

    private void startDesk() {
        switchboard = new SwitchboardAssembly(
                        settings,
                        conversations,
                        new EventCodec(),
                        groups,
                        roster,
                        board,
                        callbacks,
                        open,
                        notes,
                        consoles,
                        clock)
                .assemble();
        listener.set(switchboard);
        switchboard.start(Duration.ofHours(1));
    }

    /** A new desk over the same log and database, as after the service restarts. */
    void restart() {
        switchboard.close();
        listener.set(ConversationListener.NONE);
        board.publish(DeskSnapshot.EMPTY);
        startDesk();
    }

    String citizen(CitizenProfile profile) {
        return conversations.start(Channel.WEB, profile, null).conversationId();
    }

    String citizenWhoAsksForAPerson() {
        String id = citizen(CitizenProfile.anonymous());
        says(id, InboundMessage.of(null, "menu:persona", null, null));
        return id;
    }

    void says(String id, InboundMessage message) {
        conversations.handle(id, message);
        switchboard.settle();
    }

    void signIn(String agent) {
        switchboard.connected(agent, agent + "-session");
    }

    @Override
    public void close() {
        switchboard.close();
    }

    private static DataSource migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:handoff-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/handoff")
                .load()
                .migrate();
        return dataSource;
    }
}
