package dev.stressgate.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stressgate.report.gatling.GroupedRequestStats;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.report.sources.exposition.ExpositionParseException;
import dev.stressgate.report.sources.exposition.PrometheusTextParser;
import dev.stressgate.report.sources.exposition.Sample;
import dev.stressgate.report.sources.metrics.GrafanaDashboard;
import dev.stressgate.report.sources.metrics.GrafanaVariables;
import dev.stressgate.report.sources.metrics.PrometheusServer;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import dev.stressgate.simulations.GatlingLauncher;
import dev.stressgate.simulations.SocialMixedSimulation;
import dev.stressgate.socialapp.SocialApp;
import dev.stressgate.socialapp.TestApps;
import dev.stressgate.socialapp.config.SocialAppConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ten-second run of the mixed simulation against the reference app with the injector's /metrics on a free
 * loopback port, scraped while the run goes on: the response counters grow between scrapes, the final exposition
 * (live-metrics.prom) counts per request name exactly what the report's reader counts in simulation.log, and the
 * endpoint is gone once the run has ended. Where prometheus is installed it scrapes the app and the injector during
 * the run, and every query of the "Load test — live" dashboard and of the client alert rules returns data.
 */
class LiveEndpointIT {

    private static final Path LIVE_DASHBOARD = Path.of("monitoring/grafana/dashboards/load-test-live.json");
    private static final Path ALERTS = Path.of("monitoring/alerts.yml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path artifacts;

    @Test
    void endpointServesGrowingCountersDuringTheRunMatchesTheReportAndStopsAfter() throws Exception {
        int port = freePort();
        URI metrics = URI.create("http://127.0.0.1:" + port + "/metrics");
        SocialAppConfig config =
                TestApps.quiet(artifacts.resolve("socialapp.log")).build();
        List<Double> totals = new ArrayList<>();
        GatlingLauncher.Outcome outcome;
        Optional<Path> prometheusBinary = PrometheusServer.binary();
        try (SocialApp app = SocialApp.start(config);
                PrometheusServer prometheus = prometheusBinary.isEmpty()
                        ? null
                        : startPrometheus(prometheusBinary.get(), URI.create(app.baseUrl()), port)) {
            CompletableFuture<GatlingLauncher.Outcome> run = CompletableFuture.supplyAsync(() -> GatlingLauncher.run(
                    SocialMixedSimulation.class,
                    Map.of(
                            "profile",
                                    Path.of("src/test/resources/profiles/live-short.json")
                                            .toString(),
                            "run.name", "live-short",
                            "base.url", app.baseUrl(),
                            "artifact.dir", artifacts.toString(),
                            "injector.metrics.port", String.valueOf(port))));
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (!run.isDone() && System.nanoTime() < deadline && totals.size() < 3) {
                scrape(metrics)
                        .map(LiveEndpointIT::responsesTotal)
                        .filter(total -> total > 0)
                        .filter(total -> totals.isEmpty() || total > totals.get(totals.size() - 1))
                        .ifPresent(totals::add);
                Thread.sleep(1_000);
            }
            outcome = run.get();
            if (prometheus != null) {
                RunMetadata ran = RunMetadataFile.read(outcome.runDir().resolve("run.json"));
                everyLiveQueryReturnsData(prometheus, ran.startEpochMs(), ran.endEpochMs());
            } else {
                System.out.println("LiveEndpointIT: prometheus is not on the PATH; the dashboard and rule queries "
                        + "were not checked");
            }
        }

        assertThat(totals)
                .as("response totals seen growing on %s during the run", metrics)
                .hasSizeGreaterThan(1);
        assertThatThrownBy(() -> get(metrics))
                .as("the endpoint is gone after the run")
                .isInstanceOf(ConnectException.class);

        Path runDir = outcome.runDir();
        String finalExposition = Files.readString(runDir.resolve(LiveRun.SNAPSHOT_FILE));
        RunSummary summary = new SimulationLogSummarizer().summarize(simulationLog(runDir));
        Map<String, Long> reported = summary.requests().stream()
                .collect(Collectors.groupingBy(
                        GroupedRequestStats::name,
                        TreeMap::new,
                        Collectors.summingLong(r -> r.stats().ok() + r.stats().ko())));
        assertThat(reported).isNotEmpty();
        assertThat(histogramCountsByRequest(finalExposition))
                .as("histogram counts per request name in %s", LiveRun.SNAPSHOT_FILE)
                .isEqualTo(reported);
        assertThat(finalExposition).contains("run_id=\"" + runDir.getFileName() + "\"", "profile=\"live-short\"");
    }

    private static PrometheusServer startPrometheus(Path binary, URI app, int injectorPort) throws Exception {
        PrometheusServer prometheus = PrometheusServer.start(
                binary,
                Files.createTempDirectory("live-dashboard-it"),
                Map.of("socialapp", app.getHost() + ":" + app.getPort(), "injector", "127.0.0.1:" + injectorPort),
                Files.readString(ALERTS));
        prometheus.awaitQuery("up{job=\"socialapp\"} == 1", body -> body.contains("\"value\""), Duration.ofSeconds(60));
        return prometheus;
    }

    /**
     * Every panel query of the live dashboard and every client alert rule, over the run's window (1 s steps):
     * Prometheus accepts each and each panel query returns data; of a rule, the comparison and its client side (a
     * one-minute rate, which may not have two scrapes of new records in a ten-second run on a busy machine) must be
     * accepted, and its threshold side (the profile's SLO the injector publishes) must return data.
     */
    private static void everyLiveQueryReturnsData(PrometheusServer prometheus, long startMs, long endMs)
            throws Exception {
        GrafanaVariables variables = new GrafanaVariables(
                Map.of("datasource", "prometheus", "job", "socialapp", "run_id", ".*", "__rate_interval", "5s"));
        List<String> expressions = new ArrayList<>();
        GrafanaDashboard.load(LIVE_DASHBOARD)
                .panelQueries()
                .forEach(query -> expressions.add(variables.interpolate(query.expr())));
        Map<String, String> rules = clientRules();
        assertThat(expressions).hasSizeGreaterThan(10);
        assertThat(rules).containsKeys("ClientP95AboveSlo", "ClientErrorShareAboveSlo");
        for (String expr : expressions) {
            assertThat(queryRange(prometheus, expr, startMs, endMs))
                    .as("data of %s during the run", expr)
                    .isNotEmpty();
        }
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            queryRange(prometheus, rule.getValue(), startMs, endMs);
            String[] sides = rule.getValue().split("(?m)^\\s*>", 2);
            assertThat(sides)
                    .as("%s compares a client series with a threshold", rule.getKey())
                    .hasSize(2);
            queryRange(prometheus, sides[0], startMs, endMs);
            assertThat(queryRange(prometheus, sides[1].replaceFirst("^\\s*on \\(run_id\\)", ""), startMs, endMs))
                    .as("data of the threshold side of %s: %s", rule.getKey(), sides[1])
                    .isNotEmpty();
        }
    }

    /** The result of a range query over the run (1 s steps); fails unless Prometheus accepts the expression. */
    private static JsonNode queryRange(PrometheusServer prometheus, String expr, long startMs, long endMs)
            throws Exception {
        String request = "/api/v1/query_range?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8) + "&start="
                + startMs / 1000.0 + "&end=" + (endMs / 1000.0 + 2) + "&step=1";
        HttpResponse<String> answer = prometheus.get(request);
        assertThat(answer.statusCode()).as("%s -> %s", expr, answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("data").path("result");
    }

    private static Map<String, String> clientRules() throws IOException {
        JsonNode groups =
                new ObjectMapper(new YAMLFactory()).readTree(ALERTS.toFile()).path("groups");
        Map<String, String> rules = new TreeMap<>();
        for (JsonNode group : groups) {
            if (group.path("name").asText().equals("stressgate-client")) {
                group.path("rules")
                        .forEach(rule -> rules.put(
                                rule.path("alert").asText(), rule.path("expr").asText()));
            }
        }
        return rules;
    }

    /** The response-time histogram's count per request name (summed over groups and OK/KO), read by the parser. */
    private static Map<String, Long> histogramCountsByRequest(String exposition) {
        Map<String, Long> counts = new TreeMap<>();
        for (Sample sample : samples(exposition, ClientMetrics.RESPONSE_TIME + "_count")) {
            assertThat(sample.labels()).as("labels of %s", sample).containsKey("request");
            counts.merge(sample.labels().get("request"), (long) sample.value(), Long::sum);
        }
        return counts;
    }

    private static double responsesTotal(String exposition) {
        return samples(exposition, ClientMetrics.RESPONSES + "_total").stream()
                .mapToDouble(Sample::value)
                .sum();
    }

    private static List<Sample> samples(String exposition, String name) {
        try {
            return new PrometheusTextParser()
                    .parse(exposition).samples().stream()
                            .filter(sample -> sample.name().equals(name))
                            .toList();
        } catch (ExpositionParseException e) {
            throw new AssertionError("the injector's exposition does not parse: " + e.getMessage(), e);
        }
    }

    private static java.util.Optional<String> scrape(URI metrics) {
        try {
            HttpResponse<String> response = get(metrics);
            return response.statusCode() == 200 ? java.util.Optional.of(response.body()) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build()
                .send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path simulationLog(Path runDir) throws IOException {
        try (Stream<Path> files = Files.walk(runDir.resolve("gatling"))) {
            return files.filter(file -> file.getFileName().toString().equals("simulation.log"))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
