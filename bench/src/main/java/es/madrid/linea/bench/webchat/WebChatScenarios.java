package es.madrid.linea.bench.webchat;

import es.madrid.linea.bench.load.LatencyRecorder.Window;
import es.madrid.linea.bench.load.MessageMix;
import es.madrid.linea.bench.load.ThinkTime;
import es.madrid.linea.bench.report.Memory;
import es.madrid.linea.bench.report.ScenarioResult;
import es.madrid.linea.bench.report.Target;
import es.madrid.linea.bench.service.ServiceProbe;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios 2 and 3: the web chat through the real {@code /ws/chat} endpoint, and the raw STOMP echo on the same
 * connections, same clients and same load shape, so that the bot's throughput can be given as a ratio of what the
 * server stack alone does in the same run ({@code ratioToEcho}). The echo runs first; each phase has its own
 * warm-up. Memory is read while every citizen is still connected.
 */
public final class WebChatScenarios {

    public static final String WEBCHAT = "webchat";
    public static final String ECHO = "stomp-echo";

    /**
     * @param active citizens in the closed loop
     * @param connected citizens connected in all (the rest idle, heart-beating)
     */
    public record Settings(
            int active,
            int connected,
            ThinkTime thinkTime,
            Duration warmup,
            Duration measured,
            Duration turnTimeout,
            Duration connectLimit) {}

    private final URI base;
    private final ServiceProbe probe;
    private final MessageMix mix;
    private final Settings settings;

    public WebChatScenarios(URI base, ServiceProbe probe, MessageMix mix, Settings settings) {
        this.base = base;
        this.probe = probe;
        this.mix = mix;
        this.settings = settings;
    }

    /** Runs the echo, then the bot; returns their results in that order. */
    public List<ScenarioResult> run() throws InterruptedException {
        BotTurns bot = new BotTurns();
        EchoTurns echo = new EchoTurns();
        ScenarioResult.Builder echoResult = ScenarioResult.builder(
                ECHO, "raw STOMP echo on the same endpoint, channels and broker, same clients and load shape");
        ScenarioResult.Builder botResult = ScenarioResult.builder(
                WEBCHAT, "web chat citizens over WebSocket/STOMP (/ws/chat), closed loop with think time");
        try (WebChatLoad load =
                new WebChatLoad(base, probe, mix, settings.thinkTime(), settings.turnTimeout(), List.of(bot, echo))) {
            long connectStart = System.nanoTime();
            int connected = load.connect(settings.connected(), settings.connectLimit());
            double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
            int active = Math.min(settings.active(), connected);

            Window echoWindow = null;
            if (load.answers(echo)) {
                echoWindow = load.run(echo, active, settings.warmup(), settings.measured());
                fill(echoResult, echoWindow, "messages/s", load, active);
                echoResult.memory(probe.memory(false));
            } else {
                echoResult
                        .status(ScenarioResult.NOT_AVAILABLE)
                        .note("no answer on the echo topic: this build has no bench echo (cibeles.bench.echo)");
            }

            Window botWindow = load.run(bot, active, settings.warmup(), settings.measured());
            fill(botResult, botWindow, "turns/s", load, active);
            // A citizen whose connection the service dropped is a failure too, whenever it happened.
            botResult.errors(botWindow.errors() + load.sessionsLost());
            Memory memory = probe.memory(true);
            botResult.memory(memory);
            botResult.detail("connectSeconds", Math.round(connectSeconds * 10) / 10.0);
            botResult.detail("turnsPerConversation", BotTurns.TURNS_PER_CONVERSATION);
            botResult.detail("conversationsStarted", load.conversationsStarted());
            addTargets(botResult, botWindow, echoWindow, memory, active, load.connected());
            botResult.note(problems(load));
        }
        return List.of(echoResult.build(), botResult.build());
    }

    private void fill(ScenarioResult.Builder result, Window window, String unit, WebChatLoad load, int active) {
        window.into(result, unit)
                .detail("activeSessions", active)
                .detail("connectedSessions", load.connected())
                .detail("requestedSessions", settings.connected())
                .detail("sessionsLost", load.sessionsLost())
                .detail(
                        "thinkTimeMs",
                        List.of(
                                settings.thinkTime().minMillis(),
                                settings.thinkTime().maxMillis()))
                .detail(
                        "offeredLoadCeiling",
                        Math.round(active * 1000 / settings.thinkTime().meanMillis()));
    }

    private void addTargets(
            ScenarioResult.Builder bot, Window botWindow, Window echoWindow, Memory memory, int active, int connected) {
        bot.target(Target.atLeast("turns/s (" + active + " active)", 1000, round(botWindow.perSecond())));
        bot.target(Target.atMost("p99 ms", 50, botWindow.latency().p99()));
        if (echoWindow != null && echoWindow.perSecond() > 0) {
            double ratio = Math.round(botWindow.perSecond() / echoWindow.perSecond() * 100) / 100.0;
            bot.detail("ratioToEcho", ratio);
            bot.target(Target.atLeast("ratioToEcho", 0.5, ratio));
        }
        Double heap = memory.heapAfterGcMb() != null ? memory.heapAfterGcMb() : memory.heapUsedMb();
        if (heap != null) {
            // Met only with every requested citizen connected: a lighter crowd proves nothing about the target.
            bot.target(new Target(
                    "heap MB, " + connected + "/" + settings.connected() + " connected",
                    "<= 1024",
                    heap,
                    heap <= 1024 && connected >= settings.connected()));
        }
    }

    /** The first connection that failed and the first session lost, if any. */
    private static String problems(WebChatLoad load) {
        List<String> problems = new ArrayList<>();
        if (load.firstOpenFailure() != null) {
            problems.add("first connection failure: " + load.firstOpenFailure());
        }
        if (load.firstLoss() != null) {
            problems.add("first session lost: " + load.firstLoss());
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
