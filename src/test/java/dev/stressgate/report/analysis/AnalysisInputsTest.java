package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.profile.ProfileKind;
import dev.stressgate.profile.ProfileLoader;
import dev.stressgate.profile.Slo;
import dev.stressgate.profile.SloMetric;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.report.sources.logs.LogReport;
import dev.stressgate.report.sources.metrics.FiredAlert;
import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.Workload;
import dev.stressgate.simulations.flows.FlowCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one adapter from run artifacts to the analysis input, on real artifacts: a simulation.log recorded by Gatling
 * 3.15.1 (expected client numbers come from Gatling's own gatling-stats.json of that run), the shipped smoke profile,
 * and a crafted metrics.json / logs.json in the exact shape the sources write (units of monitoring/queries.json:
 * cores, seconds, ratios).
 */
class AnalysisInputsTest {

    private static final String FIXTURE = "/fixtures/gatling/injector-a/";
    private static final String FOUND_500 = "status.find.in([200, 209], 304), found 500";

    @TempDir
    Path dir;

    private RunSummary summary;
    private JsonNode gatlingStats;
    private MetricsReport metrics;
    private LogReport logs;
    private RunMetadata run;

    @BeforeEach
    void readArtifacts() throws IOException, URISyntaxException {
        summary = new SimulationLogSummarizer().summarize(resource(FIXTURE + "simulation.log"));
        gatlingStats = new ObjectMapper()
                .readTree(resource(FIXTURE + "gatling-stats.json").toFile());
        for (String artifact : new String[] {"metrics.json", "logs.json"}) {
            try (InputStream in = getClass().getResourceAsStream("/fixtures/analysis/" + artifact)) {
                Files.copy(in, dir.resolve(artifact));
            }
        }
        metrics = MetricsReport.readFrom(dir);
        logs = LogReport.readFrom(dir);
        run = new RunMetadata(
                RunMetadata.SCHEMA_VERSION,
                "20241122T050000Z-smoke",
                new RunMetadata.ProfileRef("smoke", "profiles/smoke.json", "0".repeat(64)),
                "http://127.0.0.1:8375",
                summary.simulation(),
                summary.startEpochMs(),
                null,
                "3.15.1",
                null,
                new RunMetadata.Injector(0, 1),
                new RunMetadata.MetricsEndpoint("http://127.0.0.1:8375/metrics", true, null),
                Workload.undeclared(),
                null);
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(name).toURI());
    }

    private AnalysisInput assemble(boolean withProfile) {
        return new AnalysisInputs(new ServerSeriesMapping(2))
                .assemble(
                        run,
                        withProfile
                                ? new ProfileLoader(FlowCatalogue.SOCIAL.knownFlows())
                                        .load("smoke")
                                        .profile()
                                : null,
                        summary,
                        metrics,
                        logs,
                        Optional.empty());
    }

    @Test
    void clientStatisticsAndErrorsAreGatlingsOwn() {
        AnalysisInput input = assemble(true);

        JsonNode global = gatlingStats.get("global");
        assertThat(input.client().global().count())
                .isEqualTo(global.get("count").asLong());
        assertThat(input.client().global().ko()).isEqualTo(global.get("ko").asLong());
        for (JsonNode request : gatlingStats.get("requests")) {
            RequestStats stats =
                    input.client().request(request.get("name").asText()).orElseThrow();
            assertThat(stats.count())
                    .as(stats.name())
                    .isEqualTo(request.get("count").asLong());
            assertThat(stats.ko()).as(stats.name()).isEqualTo(request.get("ko").asLong());
        }
        assertThat(input.client().groups())
                .extracting(RequestStats::name)
                .as("groups by their flow, the last element of the path")
                .containsExactlyInAnyOrder("checkout", "payment", "chat_ws");
        assertThat(input.errors())
                .contains(new ErrorCount(
                        FOUND_500,
                        "checkout: pay",
                        gatlingStats.get("errors").get(FOUND_500).asLong()));
        assertThat(input.run().endMs())
                .as("run.json has no end: the last Gatling record ends the run")
                .isEqualTo(summary.endEpochMs());
        assertThat(input.sources().get("gatling").note())
                .isEqualTo(global.get("count").asLong() + " requests from 1 simulation.log file(s)");
    }

    @Test
    void serverSeriesReachTheRulesInTheirIdsAndUnits() {
        AnalysisInput input = assemble(true);

        assertThat(input.firstSeries(ServerSeriesIds.CPU).orElseThrow().max())
                .as("1.5 of 2 cores")
                .hasValueCloseTo(75.0, within(1e-9));
        MetricSeries db = input.firstSeries(ServerSeriesIds.DB_LATENCY_P95).orElseThrow();
        assertThat(db.unit()).isEqualTo("ms");
        assertThat(db.labels()).containsEntry("operation", "posts.insert");
        assertThat(db.max()).hasValueCloseTo(300.0, within(1e-9));
        assertThat(input.firstSeries(ServerSeriesIds.HTTP_5XX).orElseThrow().max())
                .hasValueCloseTo(12.5, within(1e-9));
        assertThat(input.firstSeries(ServerSeriesIds.HTTP_429).orElseThrow().max())
                .hasValueCloseTo(2.4, within(1e-9));
        assertThat(input.firstSeries("request_rate"))
                .as("series no rule reads pass through")
                .isPresent();
        assertThat(input.sources().get("metrics"))
                .isEqualTo(new SourceAvailability(
                        "metrics", "scrape", true, "prometheus unavailable: connection refused"));
    }

    @Test
    void logDigestCarriesTheCompleteCountsNotTheCappedExcerpts() {
        LogDigest digest = assemble(true).logs();

        assertThat(digest.serverErrorLines())
                .as("server_error_count, with only one excerpt kept")
                .isEqualTo(7);
        assertThat(digest.severityCounts()).containsEntry("ERROR", 9L).containsEntry("WARN", 2L);
        assertThat(digest.rateLimitByRoute()).containsEntry("/chat/send", 10L).containsEntry("/api/feed", 2L);
        assertThat(digest.excerpts()).extracting(LogExcerpt::category).containsExactly("severity", "rate_limit");
    }

    @Test
    void theProfilesSlosAreJudgedAndAnUnusableProfileLeavesNone() {
        assertThat(assemble(true).slos())
                .contains(
                        new Slo(SloMetric.P95_MS, Slo.GLOBAL, 1000),
                        new Slo(SloMetric.WS_CONNECT_SUCCESS_PCT, Slo.GLOBAL, 100.0))
                .hasSize(7);

        AnalysisInput withoutProfile = assemble(false);
        assertThat(withoutProfile.slos()).isEmpty();
        assertThat(assemble(true).run().profileKind())
                .as("declared by the profile")
                .isEqualTo(ProfileKind.LOAD);
        assertThat(withoutProfile.run().profileKind())
                .as("no usable profile.json: unknown, not guessed from the name")
                .isNull();
        assertThat(withoutProfile.run().profile()).as("taken from run.json").isEqualTo("smoke");
    }

    @Test
    void rulesReadTheConvertedSeries() {
        Analysis analysis =
                AnalysisEngine.standard(AnalysisThresholds.defaults()).analyze(assemble(true));

        Finding errors = analysis.findings().stream()
                .filter(f -> f.rule().equals("server_errors"))
                .findFirst()
                .orElseThrow();
        assertThat(errors.evidence()).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo("server_errors.logs");
            assertThat(e.values()).containsEntry("lines", 7.0);
        });
        assertThat(errors.evidence()).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo("server_errors.server");
            assertThat(e.values().values()).as("5xx share in %").containsExactly(12.5);
        });
        Finding db = analysis.findings().stream()
                .filter(f -> f.rule().equals("db_latency"))
                .findFirst()
                .orElseThrow();
        assertThat(db.title()).contains("300 ms").contains("threshold 100 ms");
    }

    @Test
    void firedAlertsOfMetricsJsonReachTheInputAsTheyAre() {
        FiredAlert fired = new FiredAlert(
                "HighErrorRate",
                "critical",
                Map.of("job", "socialapp"),
                summary.startEpochMs() + 5_000,
                summary.startEpochMs() + 9_000);
        metrics = new MetricsReport(
                metrics.schemaVersion(),
                metrics.source(),
                metrics.window(),
                metrics.stepMs(),
                metrics.sources(),
                metrics.series(),
                metrics.coverage(),
                List.of(fired));

        assertThat(assemble(true).alerts()).containsExactly(fired);
    }
}
