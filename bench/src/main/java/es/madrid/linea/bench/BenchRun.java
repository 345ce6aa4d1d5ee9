package es.madrid.linea.bench;

import es.madrid.linea.bench.api.ConversationApiScenario;
import es.madrid.linea.bench.handoff.HandoffScenario;
import es.madrid.linea.bench.inprocess.InProcessScenario;
import es.madrid.linea.bench.knowledge.IndexRebuildScenario;
import es.madrid.linea.bench.load.MessageMix;
import es.madrid.linea.bench.report.LoadAverage;
import es.madrid.linea.bench.report.Machine;
import es.madrid.linea.bench.report.ResultsTable;
import es.madrid.linea.bench.report.RunReport;
import es.madrid.linea.bench.report.ScenarioResult;
import es.madrid.linea.bench.service.ClassDataArchive;
import es.madrid.linea.bench.service.ServiceLauncher;
import es.madrid.linea.bench.service.ServiceProcess;
import es.madrid.linea.bench.service.StartupScenario;
import es.madrid.linea.bench.webchat.WebChatScenarios;
import es.madrid.linea.bench.whatsapp.FakeGraphApi;
import es.madrid.linea.bench.whatsapp.WhatsAppSetup;
import es.madrid.linea.bench.whatsapp.WhatsAppWebhookScenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The suite, run by {@code bench/run}: starts the service jar (measuring its start-up), runs the load scenarios
 * against it from this process, stops it, runs the in-process JMH benchmark on the quiet machine, then prints the
 * table and writes the JSON. A scenario that throws is reported as failed and the others still run; the whole run
 * is bounded by its profile's time limit.
 *
 * <p>Arguments: {@code --profile=smoke|quick|full --jar=<service jar> --app=<the same, extracted>
 * --eval=<kb-content/eval> --work=<dir>
 * --results=<dir> --commit=<id>}, {@code --only=<scenario>,...} to run some scenarios only (the start-up always
 * runs: the others need the service), {@code --jfr=true} to record the service with Java Flight Recorder,
 * {@code --set=name=value} (repeatable) to start the service with a setting changed, e.g. to compare two settings,
 * {@code --jvm=<option>} (repeatable) to start it with a JVM option added (both start-ups and the load scenarios).
 */
public final class BenchRun {

    /** The password of the embedded demo accounts (the service's default {@code cibeles.demo-password}). */
    static final String DEMO_PASSWORD = "cibeles";

    private final Profile profile;
    private final Path jar;
    private final Path extractedJar;
    private final Path evalDirectory;
    private final Path workDirectory;
    private final Set<String> only;
    private final boolean recordFlight;
    private final List<String> settings;
    private final List<String> jvmOptions;
    private final AtomicReference<ServiceProcess> running = new AtomicReference<>();

    private BenchRun(
            Profile profile,
            Path jar,
            Path extractedJar,
            Path evalDirectory,
            Path workDirectory,
            Set<String> only,
            boolean recordFlight,
            List<String> settings,
            List<String> jvmOptions) {
        this.profile = profile;
        this.jar = jar;
        this.extractedJar = extractedJar;
        this.evalDirectory = evalDirectory;
        this.workDirectory = workDirectory;
        this.only = only;
        this.recordFlight = recordFlight;
        this.settings = settings;
        this.jvmOptions = jvmOptions;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Profile profile = Profile.named(options.getOrDefault("profile", "quick"));
        BenchRun run = new BenchRun(
                profile,
                Path.of(options.getOrDefault("jar", "channels/target/cibeles.jar")),
                Path.of(options.getOrDefault("app", "bench/target/app/cibeles.jar")),
                Path.of(options.getOrDefault("eval", "kb-content/eval")),
                Files.createDirectories(Path.of(options.getOrDefault("work", "bench/target/run"))),
                options.containsKey("only") ? Set.of(options.get("only").split(",")) : Set.of(),
                Boolean.parseBoolean(options.getOrDefault("jfr", "false")),
                repeated(options, "set").stream().map(set -> "--" + set).toList(),
                repeated(options, "jvm"));
        Runtime.getRuntime().addShutdownHook(new Thread(run::stopService, "bench-stop-service"));
        Watchdog.start(profile.limit());

        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        double[] loadAtStart = LoadAverage.now();
        List<ScenarioResult> results = run.scenarios();
        RunReport report = new RunReport(
                RunReport.FORMAT_VERSION,
                profile.name(),
                startedAt.toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                options.getOrDefault("commit", "unknown"),
                Machine.current(),
                loadAtStart,
                LoadAverage.now(),
                results);

        Path resultsDirectory = Path.of(options.getOrDefault("results", "bench/results"));
        report.writeTo(resultsDirectory.resolve("latest.json"));
        report.writeTo(resultsDirectory.resolve(
                "run-" + startedAt.toString().replace(":", "") + "-" + profile.name() + ".json"));
        System.out.println();
        System.out.println(ResultsTable.render(report));
        System.out.println("Written: " + resultsDirectory.resolve("latest.json"));
        boolean failed = "smoke".equals(profile.name())
                ? !report.clean()
                : results.stream().anyMatch(r -> ScenarioResult.FAILED.equals(r.status()));
        System.exit(failed ? 1 : 0);
    }

    private List<ScenarioResult> scenarios() throws IOException {
        MessageMix mix = MessageMix.fromDevSets(evalDirectory);
        Path procedures = evalDirectory.resolveSibling("procedures");
        List<ScenarioResult> results = new ArrayList<>();
        try (FakeGraphApi graph = FakeGraphApi.start()) {
            WhatsAppSetup whatsApp = WhatsAppSetup.fresh(graph.baseUrl());
            List<String> arguments = new ArrayList<>();
            arguments.add("--cibeles.bench.echo=true");
            // Agents attend at any hour in the suite, so the handoff scenario measures delivery, not the timetable.
            arguments.add("--cibeles.handoff.opening-hours=24x7");
            arguments.addAll(whatsApp.serviceArguments());
            arguments.addAll(settings);
            if (profile.fastStart()) {
                attempt(results, StartupScenario.WITH_CDS, () -> List.of(startWithClassDataSharing(arguments)));
            }
            ServiceLauncher launcher =
                    new ServiceLauncher("service", jar, workDirectory, serviceJvmOptions(), arguments);
            StartupScenario.Outcome started;
            try {
                progress("startup");
                started = StartupScenario.plain(launcher, DEMO_PASSWORD).run(profile.startups());
            } catch (Exception e) {
                results.add(ScenarioResult.failed(StartupScenario.NAME, "start-up", String.valueOf(e.getMessage())));
                return results;
            }
            running.set(started.service());
            results.add(started.result());
            var base = started.service().base();
            var probe = started.probe();
            // The one-at-a-time scenarios first, on an empty handoff queue and a quiet service; WhatsApp last, because
            // the bot's replies to its deliveries are still being processed when its window closes.
            attempt(
                    results,
                    HandoffScenario.NAME,
                    () -> List.of(new HandoffScenario(base, probe, DEMO_PASSWORD).run(profile.handoffSamples())));
            attempt(
                    results,
                    IndexRebuildScenario.NAME,
                    () -> List.of(new IndexRebuildScenario(base, probe, procedures, DEMO_PASSWORD)
                            .run(profile.indexSamples())));
            attempt(
                    results,
                    WebChatScenarios.WEBCHAT,
                    () -> new WebChatScenarios(base, probe, mix, profile.webChat()).run());
            attempt(
                    results,
                    ConversationApiScenario.NAME,
                    () -> List.of(new ConversationApiScenario(base, probe, mix, profile.api()).run()));
            attempt(
                    results,
                    WhatsAppWebhookScenario.NAME,
                    () -> List.of(
                            new WhatsAppWebhookScenario(base, probe, mix, whatsApp, graph, profile.whatsApp()).run()));
            stopService(); // while the fake Graph API still answers the replies the service is sending
        } finally {
            stopService();
        }
        attempt(
                results,
                InProcessScenario.NAME,
                () -> List.of(new InProcessScenario(evalDirectory, workDirectory, profile.inProcess()).run()));
        return results;
    }

    /** The faster start-up configuration, measured and stopped again before the plain start-up. */
    private ScenarioResult startWithClassDataSharing(List<String> arguments) throws Exception {
        Path archive = ClassDataArchive.ensure(extractedJar, workDirectory);
        List<String> options = new ArrayList<>(ClassDataArchive.jvmOptions(archive));
        options.addAll(jvmOptions);
        ServiceLauncher launcher = new ServiceLauncher("service-cds", extractedJar, workDirectory, options, arguments);
        StartupScenario.Outcome started =
                StartupScenario.withClassDataSharing(launcher, DEMO_PASSWORD).run(profile.startups());
        started.service().close();
        return started.result();
    }

    /**
     * The JVM options of the plain start: none by default, as {@code java -jar} starts it; those given with
     * {@code --jvm}; and with {@code --jfr}, a flight recording of the service, written beside the results when it
     * stops.
     */
    private List<String> serviceJvmOptions() {
        List<String> options = new ArrayList<>(jvmOptions);
        if (recordFlight) {
            Path recording = workDirectory.resolve("service.jfr").toAbsolutePath();
            options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
        }
        return options;
    }

    /**
     * Runs a scenario unless {@code --only} leaves it out. A scenario that throws becomes a failed result; the suite
     * goes on with the next one.
     */
    private void attempt(List<ScenarioResult> results, String name, ScenarioRun scenario) {
        if (!only.isEmpty() && !only.contains(name)) {
            return;
        }
        progress(name);
        try {
            results.addAll(scenario.run());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            results.add(ScenarioResult.failed(name, name, "interrupted"));
        } catch (Exception e) {
            results.add(ScenarioResult.failed(name, name, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    @FunctionalInterface
    private interface ScenarioRun {
        List<ScenarioResult> run() throws Exception;
    }

    private void stopService() {
        ServiceProcess service = running.getAndSet(null);
        if (service != null) {
            service.close();
        }
    }

    private static void progress(String scenario) {
        System.out.printf("== %s (load average %s)%n", scenario, String.join(" ", load()));
    }

    private static List<String> load() {
        List<String> averages = new ArrayList<>();
        for (double average : LoadAverage.now()) {
            averages.add(String.valueOf(average));
        }
        return averages;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.merge(
                    arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1), (a, b) -> a + "\n" + b);
        }
        return options;
    }

    /** The values of an option that may be given several times ({@code --set}, {@code --jvm}), in order. */
    private static List<String> repeated(Map<String, String> options, String name) {
        if (!options.containsKey(name)) {
            return List.of();
        }
        return Arrays.asList(options.get(name).split("\n"));
    }
}
