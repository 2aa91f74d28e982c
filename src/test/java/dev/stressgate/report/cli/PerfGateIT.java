package dev.stressgate.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.AiAnalysisJson;
import dev.stressgate.report.analysis.Status;
import dev.stressgate.report.sources.SourceHealth;
import dev.stressgate.report.sources.SourceStatus;
import dev.stressgate.report.sources.metrics.FiredAlert;
import dev.stressgate.report.sources.metrics.MetricLines;
import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.report.sources.metrics.PrometheusServer;
import dev.stressgate.report.sources.metrics.SeriesLine;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.simulations.GatlingLauncher;
import dev.stressgate.simulations.SocialMixedSimulation;
import dev.stressgate.socialapp.SocialApp;
import dev.stressgate.socialapp.TestApps;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The perf gate end to end on loopback: the reference app on a random port, a real Prometheus scraping it every
 * second with the project's alert rules (monitoring/alerts.yml, HighErrorRate's {@code for:} shortened to 5 s so it
 * can fire within a short run), short Gatling runs (GatlingLauncher), and the CLI's {@code report} and {@code gate}
 * subcommands in-process with their exit codes. One clean run (src/test/resources/profiles/gate-clean.json, about
 * 15 s) serves the Prometheus case and, copied, the no-Prometheus case; the fault run (gate-5xx.json, about 27 s)
 * has the app answer 30% of /api requests with 500 through its profile's faults. The cases that need Prometheus
 * are skipped with the reason where the binary is absent; the scrape fallback case runs everywhere.
 */
class PerfGateIT {
    private static final String FAST_ALERT = "HighErrorRate";
    private static final String FAST_FOR = "5s";
    private static final Path PROFILES = Path.of("src", "test", "resources", "profiles");

    @TempDir
    static Path work;

    private static SocialApp app;
    private static PrometheusServer prometheus;
    private static Path cleanRun;
    private static Path cleanRunWithoutPrometheus;

    @BeforeAll
    static void startTheStackAndRunTheCleanProfile() throws Exception {
        app = SocialApp.start(TestApps.quiet(work.resolve("socialapp.log")).build());
        Optional<Path> binary = PrometheusServer.binary();
        if (binary.isPresent()) {
            prometheus = PrometheusServer.start(
                    binary.get(),
                    Files.createDirectories(work.resolve("prometheus")),
                    URI.create(app.baseUrl()).getAuthority(),
                    alertRulesWithFastErrorRate());
            prometheus.awaitQuery(
                    "up{job=\"socialapp\"} == 1", body -> body.contains("\"value\""), Duration.ofSeconds(60));
        }
        GatlingLauncher.Outcome clean = load("gate-clean.json", "clean");
        assertThat(clean.statusCode())
                .as("the clean profile's SLO assertions hold")
                .isZero();
        cleanRun = clean.runDir();
        cleanRunWithoutPrometheus = copy(cleanRun, work.resolve("without-prometheus"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aCleanRunIsReportedFromPrometheusAndPassesTheGate() throws Exception {
        assumeTrue(prometheus != null, "prometheus is not on the PATH (install the Debian 'prometheus' package)");
        Cli cli = new Cli(cleanRun, prometheus.url());

        assertThat(cli.run("report", "--no-ai", "--run-dir", cleanRun.toString()))
                .as(cli.err())
                .isZero();

        MetricsReport metrics = MetricsReport.readFrom(cleanRun);
        assertThat(metrics.source()).isEqualTo("prometheus");
        assertThat(points(metrics, "request_rate")).as("request rate points").isPositive();
        assertThat(points(metrics, "latency_p95")).as("p95 points").isPositive();
        assertThat(metrics.sources())
                .filteredOn(h -> h.name().equals("prometheus"))
                .singleElement()
                .satisfies(h -> assertThat(h.status()).isIn(SourceStatus.USED, SourceStatus.DEGRADED));
        assertThat(metrics.alerts()).extracting(FiredAlert::name).doesNotContain(FAST_ALERT);
        assertThat(cli.out()).contains("metrics source: prometheus");
        assertThat(Files.readString(cleanRun.resolve("report.txt")))
                .containsPattern("(?m)^metrics +prometheus +(OK|DEGRADED) ");
        assertThat(Files.readString(cleanRun.resolve("junit.xml")))
                .containsPattern("name=\"no critical alerts\" time=\"0\">\\s*</testcase>");

        assertThat(cli.run("gate", "--run-dir", cleanRun.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("GATE PASSED: run " + cleanRun.getFileName());
    }

    @Test
    void reportingTheRunAgainAfterTheStackStoppedKeepsWhatPrometheusAnswered() throws Exception {
        assumeTrue(prometheus != null, "prometheus is not on the PATH (install the Debian 'prometheus' package)");
        Path runDir = copy(cleanRun, work.resolve("reported-twice"));
        assertThat(new Cli(runDir, prometheus.url()).run("report", "--no-ai", "--run-dir", runDir.toString()))
                .isZero();
        MetricsReport first = MetricsReport.readFrom(runDir);
        assertThat(first.source()).isEqualTo("prometheus");

        // the stack is gone: Prometheus' address answers nothing any more
        Cli later = new Cli(runDir, URI.create("http://127.0.0.1:" + closedPort()));
        assertThat(later.run("report", "--no-ai", "--run-dir", runDir.toString()))
                .as(later.err())
                .isZero();
        assertThat(MetricsReport.readFrom(runDir)).isEqualTo(first);
        assertThat(later.out())
                .contains("reusing what Prometheus answered, stored in metrics.json")
                .contains("metrics source: prometheus");

        assertThat(later.run("report", "--no-ai", "--refresh", "--run-dir", runDir.toString()))
                .as(later.err())
                .isZero();
        assertThat(MetricsReport.readFrom(runDir)).isEqualTo(first);
        assertThat(later.out()).contains("Prometheus has nothing for the run now; keeping what it answered before");
    }

    @Test
    void aCriticalAlertFiringDuringTheRunIsNamedInTheReportAndFailsTheGate() throws Exception {
        assumeTrue(prometheus != null, "prometheus is not on the PATH (install the Debian 'prometheus' package)");
        GatlingLauncher.Outcome faulty = load("gate-5xx.json", "faulty");
        assertThat(faulty.statusCode())
                .as("0 = SLOs met, 2 = an SLO assertion failed; anything else is a crash")
                .isIn(0, 2);
        Path runDir = faulty.runDir();
        Cli cli = new Cli(runDir, prometheus.url());

        assertThat(cli.run("report", "--no-ai", "--run-dir", runDir.toString()))
                .as(cli.err())
                .isZero();

        RunMetadata run = RunMetadataFile.read(runDir.resolve("run.json"));
        assertThat(MetricsReport.readFrom(runDir).alerts())
                .filteredOn(a -> a.name().equals(FAST_ALERT))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.severity()).isEqualTo("critical");
                    assertThat(alert.labels()).containsEntry("job", "socialapp");
                    assertThat(alert.firstSeenMs()).isBetween(run.startEpochMs(), run.endEpochMs());
                });
        AiAnalysis analysis = new AiAnalysisJson().read(runDir.resolve(AiAnalysisJson.FILE_NAME));
        assertThat(analysis.deterministicStatus()).isEqualTo(Status.CRITICAL);
        assertThat(analysis.deterministicReasons())
                .anySatisfy(r -> assertThat(r)
                        .startsWith("Alert HighErrorRate fired (severity critical) [fired_alert.HighErrorRate{"));
        for (String report : new String[] {"report.html", "report.md", "report.txt"}) {
            assertThat(Files.readString(runDir.resolve(report)))
                    .as(report)
                    .contains("Alert HighErrorRate fired (severity critical)");
        }
        assertThat(Files.readString(runDir.resolve("junit.xml")))
                .containsPattern(
                        "name=\"no critical alerts\" time=\"0\">\\s*<failure [^>]*>no critical alerts: measured 1 firing, "
                                + "target 0 firing\\. HighErrorRate \\{job=socialapp\\} firing from ");

        assertThat(cli.run("gate", "--run-dir", runDir.toString())).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(cli.err())
                .contains("GATE FAILED: run " + runDir.getFileName())
                .contains("Alert HighErrorRate fired (severity critical)");
    }

    @Test
    void withoutPrometheusTheReportComesFromTheDirectScrapesAndSaysSo() throws Exception {
        Path runDir = cleanRunWithoutPrometheus;
        Cli cli = new Cli(runDir, URI.create("http://127.0.0.1:" + closedPort()));

        assertThat(cli.run("report", "--no-ai", "--run-dir", runDir.toString()))
                .as(cli.err())
                .isZero();

        MetricsReport metrics = MetricsReport.readFrom(runDir);
        assertThat(metrics.source()).isEqualTo("scrape");
        assertThat(points(metrics, "request_rate"))
                .as("request rate points from scrape.jsonl")
                .isPositive();
        SourceHealth prometheusHealth = metrics.sources().stream()
                .filter(h -> h.name().equals("prometheus"))
                .findFirst()
                .orElseThrow();
        assertThat(prometheusHealth.status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(prometheusHealth.reason()).isNotBlank();
        assertThat(cli.out()).contains("metrics source: scrape");
        String text = Files.readString(runDir.resolve("report.txt"));
        assertThat(text)
                .containsPattern("(?m)^metrics +scrape +OK ")
                .containsPattern("(?m)^metrics +prometheus +MISSING +\\S");
        assertThat(Files.readString(runDir.resolve("junit.xml")))
                .containsPattern("name=\"no critical alerts\" time=\"0\">\\s*<skipped ");

        assertThat(cli.run("gate", "--run-dir", runDir.toString()))
                .as(cli.err())
                .isZero();
    }

    /** monitoring/alerts.yml as shipped, with the fast alert's {@code for:} shortened; its expression is untouched. */
    private static String alertRulesWithFastErrorRate() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode rules = yaml.readTree(Path.of("monitoring", "alerts.yml").toFile());
        ObjectNode alert = StreamSupport.stream(rules.path("groups").spliterator(), false)
                .flatMap(group -> StreamSupport.stream(group.path("rules").spliterator(), false))
                .filter(rule -> FAST_ALERT.equals(rule.path("alert").asText()))
                .map(ObjectNode.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("monitoring/alerts.yml has no " + FAST_ALERT + " rule"));
        assertThat(alert.path("labels").path("severity").asText())
                .as(FAST_ALERT + " severity")
                .isEqualTo("critical");
        alert.put("for", FAST_FOR);
        return yaml.writeValueAsString(rules);
    }

    private static GatlingLauncher.Outcome load(String profile, String artifactDir) {
        return GatlingLauncher.run(
                SocialMixedSimulation.class,
                Map.of(
                        "profile",
                        PROFILES.resolve(profile).toString(),
                        "base.url",
                        app.baseUrl(),
                        "artifact.dir",
                        work.resolve(artifactDir).toString(),
                        "scrape.interval.s",
                        "2"));
    }

    private static long points(MetricsReport metrics, String id) {
        return metrics.series().stream()
                .filter(s -> s.id().equals(id))
                .map(MetricLines::lines)
                .flatMap(lines -> lines.stream().map(SeriesLine::points))
                .mapToLong(p -> p.size())
                .sum();
    }

    /** The run directory's own files (not its report artifacts) under a fresh artifact directory. */
    private static Path copy(Path runDir, Path artifactDir) throws IOException {
        Path target = artifactDir.resolve(runDir.getFileName());
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path source : files.toList()) {
                Path destination = target.resolve(runDir.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
        return target;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The CLI in-process, with an environment pointing Loki and Ollama at a closed loopback port. */
    private static final class Cli {
        private final Map<String, String> environment;
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();

        Cli(Path runDir, URI prometheusUrl) throws IOException {
            String closed = "http://127.0.0.1:" + closedPort();
            environment = Map.of(
                    "ARTIFACT_DIR",
                    runDir.getParent().toString(),
                    "PROM_URL",
                    prometheusUrl.toString(),
                    "LOKI_URL",
                    closed,
                    "OLLAMA_URL",
                    closed,
                    "APP_LOG_FILE",
                    work.resolve("socialapp.log").toString());
        }

        int run(String... args) {
            return StressgateCli.execute(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
        }

        String out() {
            return out.toString();
        }

        String err() {
            return err.toString();
        }
    }
}
