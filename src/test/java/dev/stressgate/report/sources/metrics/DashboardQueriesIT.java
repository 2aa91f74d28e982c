package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.sources.testing.LoopbackMetricsTarget;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every PromQL expression of the Grafana dashboards (panel targets and variable queries), with Grafana's variables
 * replaced by concrete values, sent to a real prometheus process that scrapes a loopback client_java target and
 * evaluates monitoring/alerts.yml. Prometheus must accept each one; panels over the metrics the target serves must
 * also return data. Skipped with a reason where the prometheus binary is not installed.
 */
class DashboardQueriesIT {

    private static final List<Path> DASHBOARDS = List.of(
            Path.of("monitoring/grafana/dashboards/stress-certification.json"),
            Path.of("monitoring/grafana/dashboards/api-endpoints-overview.json"));

    /** What Grafana would substitute: the job scraped by the harness, "All" routes, a rate window of 30 scrapes. */
    private static final GrafanaVariables VARIABLES = new GrafanaVariables(Map.of(
            "datasource",
            "prometheus",
            "job",
            "socialapp",
            "route",
            ".*",
            "__rate_interval",
            "30s",
            "__interval",
            "5s",
            "__range",
            "5m"));

    /** Panels over http_requests_total, http_request_duration_seconds and sanctum_active_websockets (served by the target). */
    private static final Set<String> PANELS_WITH_TARGET_DATA = Set.of(
            "Request rate",
            "5xx ratio",
            "HTTP latency p95 / p99",
            "Active WebSockets",
            "Request rate by route",
            "p95 latency by route",
            "5xx ratio by route",
            "Responses by status",
            "Responses by route and status");

    /** The target answers every scrape with 10 x 200 and 1 x 500 on /api/posts. */
    private static final Map<String, Double> EXPECTED_VALUES =
            Map.of("5xx ratio", 1.0 / 11, "5xx ratio by route", 1.0 / 11);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LoopbackMetricsTarget target;
    private static PrometheusServer prometheus;

    @BeforeAll
    static void startPrometheusScrapingTheTarget() throws Exception {
        Optional<Path> binary = PrometheusServer.binary();
        assumeTrue(binary.isPresent(), "prometheus is not on the PATH (install the Debian 'prometheus' package)");
        target = new LoopbackMetricsTarget();
        prometheus = PrometheusServer.start(
                binary.get(),
                Files.createTempDirectory("dashboard-it"),
                target.hostPort(),
                Files.readString(Path.of("monitoring/alerts.yml")));
        prometheus.awaitQuery(
                "count_over_time(up{job=\"socialapp\"}[1m]) >= 5",
                body -> body.contains("\"value\""),
                Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (target != null) {
            target.close();
        }
    }

    private static List<GrafanaDashboard> dashboards() throws IOException {
        List<GrafanaDashboard> dashboards = new ArrayList<>();
        for (Path file : DASHBOARDS) {
            dashboards.add(GrafanaDashboard.load(file));
        }
        return dashboards;
    }

    private static JsonNode successfulAnswer(String request, String what) throws Exception {
        HttpResponse<String> response = prometheus.get(request);
        assertThat(response.statusCode())
                .as("%s: HTTP status of %s; answer: %s", what, request, response.body())
                .isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("status").asText())
                .as("%s: status of the answer %s", what, response.body())
                .isEqualTo("success");
        return answer.path("data");
    }

    private static String interpolated(String text, String what) {
        try {
            return VARIABLES.interpolate(text);
        } catch (IllegalArgumentException unknownVariable) {
            throw new AssertionError(what + ": " + unknownVariable.getMessage(), unknownVariable);
        }
    }

    @TestFactory
    Stream<DynamicTest> prometheusAcceptsEveryPanelQuery() throws IOException {
        return dashboards().stream()
                .flatMap(dashboard -> dashboard.panelQueries().stream().map(query -> {
                    String what = "%s / panel '%s' / target %s"
                            .formatted(dashboard.title(), query.panelTitle(), query.refId());
                    return DynamicTest.dynamicTest(what, () -> {
                        String promql = interpolated(query.expr(), what);
                        JsonNode data = successfulAnswer(
                                "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8),
                                what + " (" + promql + ")");
                        if (PANELS_WITH_TARGET_DATA.contains(query.panelTitle())) {
                            assertThat(data.path("result"))
                                    .as("%s returns series for the target: %s", what, promql)
                                    .isNotEmpty();
                        }
                        Double expected = EXPECTED_VALUES.get(query.panelTitle());
                        if (expected != null) {
                            assertThat(data.path("result"))
                                    .allSatisfy(series -> assertThat(
                                                    series.path("value").path(1).asDouble())
                                            .as("%s value", what)
                                            .isCloseTo(expected, within(0.01)));
                        }
                    });
                }));
    }

    @TestFactory
    Stream<DynamicTest> variableQueriesListTheTargetsLabels() throws IOException {
        Map<String, String> expectedValue = Map.of("job", "socialapp", "route", "/api/posts");
        return dashboards().stream()
                .flatMap(dashboard -> dashboard.variableQueries().stream().map(variable -> {
                    String what = "%s / variable $%s".formatted(dashboard.title(), variable.name());
                    return DynamicTest.dynamicTest(what, () -> {
                        JsonNode values = successfulAnswer(variable.labelValuesRequest(VARIABLES), what);
                        assertThat(values)
                                .as(what)
                                .extracting(JsonNode::asText)
                                .contains(expectedValue.get(variable.name()));
                    });
                }));
    }

    @Test
    void theDataExpectationsNameExistingPanels() throws IOException {
        List<String> titles = dashboards().stream()
                .flatMap(d -> d.panelQueries().stream())
                .map(GrafanaDashboard.PanelQuery::panelTitle)
                .toList();

        assertThat(titles).containsAll(PANELS_WITH_TARGET_DATA).containsAll(EXPECTED_VALUES.keySet());
    }
}
