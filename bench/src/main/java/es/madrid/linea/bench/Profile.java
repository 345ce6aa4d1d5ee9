package es.madrid.linea.bench;

import es.madrid.linea.bench.api.ConversationApiScenario;
import es.madrid.linea.bench.inprocess.InProcessScenario;
import es.madrid.linea.bench.load.ThinkTime;
import es.madrid.linea.bench.webchat.WebChatScenarios;
import es.madrid.linea.bench.whatsapp.WhatsAppWebhookScenario;
import java.time.Duration;
import java.util.Locale;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long and how hard each scenario runs. {@code smoke} checks in seconds that every scenario still works (CI);
 * {@code quick} has the load shape (200 active of 2,000 connected citizens, 300 webhooks/s) with short
 * windows, in about two minutes; {@code full} has longer windows, repeated start-ups and two JMH forks, for the
 * published figures.
 *
 * @param handoffSamples citizens handed to the agent one after another
 * @param indexSamples published changes timed until searchable
 * @param startups how many times the service is started (the last one stays up for the load scenarios)
 * @param fastStart whether the faster start-up configuration (extracted jar + CDS archive) is measured too
 * @param limit the longest the measurement may take before the suite gives up (the build is not included)
 */
record Profile(
        String name,
        int startups,
        boolean fastStart,
        WebChatScenarios.Settings webChat,
        ConversationApiScenario.Settings api,
        WhatsAppWebhookScenario.Settings whatsApp,
        int handoffSamples,
        int indexSamples,
        InProcessScenario.Settings inProcess,
        Duration limit) {

    /** The citizens' pause between an answer and their next message, in all web chat scenarios. */
    static final ThinkTime CITIZEN_THINK_TIME = new ThinkTime(50, 150);

    static Profile named(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "smoke":
                return new Profile(
                        "smoke",
                        1,
                        false,
                        new WebChatScenarios.Settings(
                                4, 8, CITIZEN_THINK_TIME, seconds(1), seconds(2), seconds(5), seconds(30)),
                        new ConversationApiScenario.Settings(2, new ThinkTime(0, 0), seconds(1), seconds(2)),
                        new WhatsAppWebhookScenario.Settings(20, seconds(1), seconds(2), seconds(1)),
                        2,
                        2,
                        new InProcessScenario.Settings(1, 1, 1, TimeValue.seconds(1)),
                        Duration.ofMinutes(5));
            case "quick":
                return new Profile(
                        "quick",
                        1,
                        true,
                        new WebChatScenarios.Settings(
                                200, 2000, CITIZEN_THINK_TIME, seconds(3), seconds(10), seconds(10), seconds(60)),
                        new ConversationApiScenario.Settings(16, new ThinkTime(0, 0), seconds(4), seconds(8)),
                        new WhatsAppWebhookScenario.Settings(300, seconds(2), seconds(8), seconds(2)),
                        10,
                        5,
                        new InProcessScenario.Settings(1, 2, 3, TimeValue.seconds(2)),
                        Duration.ofMinutes(8));
            case "full":
                return new Profile(
                        "full",
                        3,
                        true,
                        new WebChatScenarios.Settings(
                                200, 2000, CITIZEN_THINK_TIME, seconds(15), seconds(60), seconds(10), seconds(120)),
                        new ConversationApiScenario.Settings(32, new ThinkTime(0, 0), seconds(10), seconds(30)),
                        new WhatsAppWebhookScenario.Settings(300, seconds(5), seconds(30), seconds(5)),
                        50,
                        20,
                        new InProcessScenario.Settings(2, 5, 5, TimeValue.seconds(5)),
                        Duration.ofMinutes(30));
            default:
                throw new IllegalArgumentException("unknown profile: " + name + " (smoke, quick or full)");
        }
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
