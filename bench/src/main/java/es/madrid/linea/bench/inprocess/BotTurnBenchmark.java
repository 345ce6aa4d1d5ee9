package es.madrid.linea.bench.inprocess;

import es.madrid.linea.bench.load.MessageMix;
import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.ConversationStatus;
import es.madrid.linea.bot.conversation.InboundMessage;
import es.madrid.linea.bot.conversation.TurnResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 1: one citizen message through the bot, in process, as production runs it. The service is started from
 * its own jar with its own Spring wiring (whatever understanding, dialogue, knowledge base and listeners it contains),
 * on H2 in a throwaway data directory; each operation is {@code ConversationService.handle}: the message is checked,
 * understood, stored, answered by the dialogue (searching the knowledge base when it does), and the answer stored
 * and published. Messages come from the dev sets in a fixed order; a new conversation starts every few turns, or
 * when the conversation leaves the bot, outside the measured operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BotTurnBenchmark {

    /** System property with the path of {@code kb-content/eval}. */
    public static final String EVAL_DIRECTORY = "bench.evalDirectory";

    /** System property with the file the fork writes its memory figures to. */
    public static final String MEMORY_REPORT = "bench.memoryReport";

    static final String APPLICATION = "es.madrid.linea.CibelesApplication";

    /** A typical web chat conversation has a handful of messages. */
    static final int TURNS_PER_CONVERSATION = 8;

    private ConfigurableApplicationContext application;
    private ConversationService conversations;
    private MessageMix mix;
    private Path dataDirectory;
    private String conversationId;
    private int turnsInConversation;
    private ConversationStatus status = ConversationStatus.BOT;
    private long message;

    @Setup(Level.Trial)
    public void startTheService() throws Exception {
        mix = MessageMix.fromDevSets(Path.of(System.getProperty(EVAL_DIRECTORY, "kb-content/eval")));
        dataDirectory = Files.createTempDirectory("cibeles-bench-inprocess-");
        application = SpringApplication.run(
                Class.forName(APPLICATION),
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--cibeles.data-dir=" + dataDirectory,
                "--spring.main.banner-mode=off",
                "--logging.level.root=error");
        conversations = application.getBean(ConversationService.class);
    }

    @Setup(Level.Invocation)
    public void newConversationWhenDue() {
        if (conversationId == null
                || turnsInConversation >= TURNS_PER_CONVERSATION
                || status != ConversationStatus.BOT) {
            conversationId = conversations
                    .start(Channel.WEB, CitizenProfile.anonymous(), null)
                    .conversationId();
            turnsInConversation = 0;
            status = ConversationStatus.BOT;
        }
    }

    @Benchmark
    public TurnResult citizenMessage() {
        message++;
        turnsInConversation++;
        TurnResult result =
                conversations.handle(conversationId, InboundMessage.of(mix.get(message), null, null, "jmh-" + message));
        status = result.status();
        return result;
    }

    @TearDown(Level.Trial)
    public void stopTheService() throws IOException {
        String report = System.getProperty(MEMORY_REPORT);
        if (report != null) {
            ForkMemory.writeTo(Path.of(report));
        }
        application.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
