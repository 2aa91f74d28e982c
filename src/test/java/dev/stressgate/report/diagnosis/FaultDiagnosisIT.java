package dev.stressgate.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.AiAnalysisJson;
import dev.stressgate.report.ai.ReportedFinding;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Severity;
import dev.stressgate.report.analysis.Status;
import dev.stressgate.report.pipeline.ReportPipeline;
import dev.stressgate.report.pipeline.ReportSettings;
import dev.stressgate.simulations.GatlingLauncher;
import dev.stressgate.simulations.SocialMixedSimulation;
import dev.stressgate.socialapp.SocialApp;
import dev.stressgate.socialapp.TestApps;
import dev.stressgate.socialapp.config.RateLimitSettings;
import dev.stressgate.socialapp.config.SocialAppConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runs against the reference app with one fault planted each, reported by the real pipeline: the planted
 * cause must be the top finding, with its evidence. Each run is a short closed-model Gatling run (GatlingLauncher)
 * (profiles under src/test/resources/profiles/diagnosis-*.json: 4 users, 0.3-1 s think time, 18 s of injection,
 * 22 s hard stop) against the app on a random loopback port; the profile's faults are switched on through the
 * app's admin route by the run itself, and off after it. The run samples the app's /metrics every 2 s into
 * scrape.jsonl. The report step gets Prometheus, Loki and Ollama on a closed loopback port, so metrics come from
 * scrape.jsonl, logs from the app's log file and the analysis is the deterministic one. One app serves every fault
 * run (faults are per run); the rate-limit run needs its own app, started with a low per-user limit.
 */
class FaultDiagnosisIT {
    private static final String PROFILES = "src/test/resources/profiles/";

    @TempDir
    static Path root;

    private static SocialApp app;

    @BeforeAll
    static void startApp() {
        app = SocialApp.start(TestApps.quiet(root.resolve("app.log")).build());
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    /** A real run of the profile against the app, then the real report step; returns ai-analysis.json. */
    private AiAnalysis runAndReport(SocialApp target, String profile) throws Exception {
        Path artifacts = root.resolve("runs-" + profile);
        GatlingLauncher.Outcome outcome = GatlingLauncher.run(
                SocialMixedSimulation.class,
                Map.of(
                        "profile",
                        PROFILES + profile + ".json",
                        "base.url",
                        target.baseUrl(),
                        "artifact.dir",
                        artifacts.toString(),
                        "scrape.interval.s",
                        "2"));
        assertThat(outcome.statusCode())
                .as("0 = SLOs met, 2 = an SLO assertion failed; anything else is a crash")
                .isIn(0, 2);
        URI closed = URI.create("http://127.0.0.1:" + closedPort());
        ReportSettings settings = ReportSettings.builder()
                .artifactDir(artifacts)
                .prometheusUrl(closed)
                .lokiUrl(closed)
                .ollamaUrl(closed)
                .ollamaModel("llama3.2:3b")
                .logFile(target.logFile())
                .queriesFile(Path.of("monitoring", "queries.json"))
                .serverCores(ReportSettings.localCores())
                .aiEnabled(false)
                .build();
        new ReportPipeline(settings, line -> {}).run(outcome.runDir(), Optional.empty());
        AiAnalysis analysis = new AiAnalysisJson().read(outcome.runDir().resolve(AiAnalysisJson.FILE_NAME));
        assertThat(analysis.sources().get("metrics").backend())
                .as("metrics from scrape.jsonl")
                .isEqualTo("scrape");
        assertThat(analysis.sources().get("logs").backend())
                .as("logs from the app's file")
                .isEqualTo("file");
        return analysis;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The top finding about the target: an injector or host out of CPU depends on the machine running the test. */
    private static ReportedFinding top(AiAnalysis analysis) {
        List<ReportedFinding> aboutTheTarget = analysis.findings().stream()
                .filter(f -> f.category() != Category.INJECTOR)
                .toList();
        assertThat(aboutTheTarget).as("findings").isNotEmpty();
        return aboutTheTarget.get(0);
    }

    private static Evidence evidence(AiAnalysis analysis, ReportedFinding finding, String id) {
        assertThat(finding.evidence()).as("evidence of " + finding.id()).contains(id);
        return analysis.evidence().get(id);
    }

    private static String describe(AiAnalysis analysis) {
        return analysis.deterministicStatus() + " "
                + analysis.findings().stream()
                        .map(f -> f.severity() + " " + f.id() + ": " + f.title())
                        .toList();
    }

    @Test
    void aLowPerUserRateLimitIsDiagnosedAsRateLimitingNotOverload() throws Exception {
        AiAnalysis analysis;
        SocialAppConfig limited = TestApps.quiet(root.resolve("rate-limited-app.log"))
                .rateLimit(new RateLimitSettings(true, 15, Duration.ofMinutes(1)))
                .build();
        try (SocialApp rateLimitedApp = SocialApp.start(limited)) {
            analysis = runAndReport(rateLimitedApp, "diagnosis-rate-limit");
        }

        ReportedFinding top = top(analysis);
        assertThat(top.id()).as(describe(analysis)).isEqualTo("rate_limit");
        assertThat(evidence(analysis, top, "rate_limit.gatling").values().get("total_429"))
                .isPositive();
        assertThat(evidence(analysis, top, "rate_limit.logs").refs()).isNotEmpty();
        assertThat(evidence(analysis, top, "rate_limit.server").values()).isNotEmpty();
        assertThat(analysis.findings()).as(describe(analysis)).noneMatch(f -> f.id().equals("server_errors"));
        assertThat(analysis.deterministicStatus()).as(describe(analysis)).isEqualTo(Status.WARNING);
    }

    /**
     * The profile's p95 SLO (100 ms) cannot hold with 150 ms added to every database operation, so the run is
     * CRITICAL by its SLO; the ranking still puts the cause (the database) above the breach (the symptom).
     */
    @Test
    void aSlowDatabaseIsDiagnosedAsDatabaseLatencyAheadOfTheSloItBreaks() throws Exception {
        AiAnalysis analysis = runAndReport(app, "diagnosis-slow-db");

        assertThat(analysis.deterministicStatus()).as(describe(analysis)).isEqualTo(Status.CRITICAL);
        assertThat(analysis.deterministicReasons())
                .as(describe(analysis))
                .anyMatch(r -> r.startsWith("SLO p95_ms (global) failed: "));
        assertThat(analysis.findings())
                .extracting(ReportedFinding::id)
                .as(describe(analysis))
                .contains("slo_breach.global.p95_ms");
        ReportedFinding top = top(analysis);
        assertThat(top.id()).as(describe(analysis)).startsWith("db_latency.");
        Evidence evidence = analysis.evidence().get(top.evidence().get(0));
        assertThat(evidence.source()).isEqualTo("metrics");
        assertThat(evidence.values().get("peak"))
                .as("database p95 in ms, with 150 ms added to every operation")
                .isGreaterThanOrEqualTo(150.0);
        assertThat(evidence.values().get("samples")).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void aShareOfServerErrorsIsDiagnosedAsServerErrorsAndIsCritical() throws Exception {
        AiAnalysis analysis = runAndReport(app, "diagnosis-server-errors");

        ReportedFinding top = top(analysis);
        assertThat(top.id()).as(describe(analysis)).isEqualTo("server_errors");
        assertThat(top.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(analysis.deterministicStatus()).isEqualTo(Status.CRITICAL);
        Evidence client = evidence(analysis, top, "server_errors.gatling");
        assertThat(client.values().get("total_failed")).isPositive();
        assertThat(client.refs()).anyMatch(ref -> ref.startsWith("feed: ") || ref.startsWith("posts: "));
        assertThat(evidence(analysis, top, "server_errors.logs").values().get("lines"))
                .isPositive();
        assertThat(evidence(analysis, top, "server_errors.server").values()).isNotEmpty();
    }

    @Test
    void droppedWebSocketFramesAreDiagnosedAsBackpressure() throws Exception {
        AiAnalysis analysis = runAndReport(app, "diagnosis-ws-drops");

        ReportedFinding top = top(analysis);
        assertThat(top.id()).as(describe(analysis)).startsWith("ws_backpressure.");
        assertThat(top.id()).contains("channel=chat");
        Evidence evidence = analysis.evidence().get(top.evidence().get(0));
        assertThat(evidence.source()).isEqualTo("metrics");
        assertThat(evidence.values().get("peak_per_s")).isPositive();
        assertThat(analysis.findings())
                .as("frame timeouts are the drops, not overload")
                .noneMatch(f -> f.id().equals("server_errors"));
    }

    /**
     * No finding beyond "healthy", except the slowest-endpoint ranking, an INFO note a loaded machine may earn
     * without anything being wrong (sign-up hashes a password on purpose). It never raises the status.
     */
    @Test
    void aHealthyRunHasNoFindingBeyondHealthy() throws Exception {
        AiAnalysis analysis = runAndReport(app, "diagnosis-healthy");
        // A busy machine (the injector's host out of CPU) is a finding about the measurement, not the target.
        boolean injectorLimited = analysis.findings().stream().anyMatch(f -> f.category() == Category.INJECTOR);

        assertThat(analysis.deterministicStatus())
                .as(describe(analysis))
                .isEqualTo(injectorLimited ? Status.WARNING : Status.HEALTHY);
        assertThat(analysis.findings())
                .as(describe(analysis))
                .isNotEmpty()
                .filteredOn(f -> f.category() != Category.INJECTOR)
                .allMatch(f -> f.severity() == Severity.INFO)
                .extracting(ReportedFinding::id)
                .allMatch(id -> id.equals("healthy") || id.equals("slow_endpoints"));
    }
}
