package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboards' structure: titles, panels the certification needs, every query bound to the datasource variable. */
class GrafanaDashboardsTest {

    private static final Path DASHBOARDS = Path.of("monitoring/grafana/dashboards");

    private static GrafanaDashboard load(String file) throws Exception {
        return GrafanaDashboard.load(DASHBOARDS.resolve(file));
    }

    @Test
    void stressCertificationHasAPanelForEverySignalOfTheRun() throws Exception {
        GrafanaDashboard dashboard = load("stress-certification.json");

        assertThat(dashboard.title()).isEqualTo("Stress Certification");
        assertThat(dashboard.panels())
                .extracting(GrafanaDashboard.Panel::title)
                .contains(
                        "Request rate",
                        "5xx ratio",
                        "HTTP latency p95 / p99",
                        "429 rate (rate limited)",
                        "Active WebSockets",
                        "Backpressure drops",
                        "DB query p95",
                        "Connection pool: pending threads",
                        "CPU",
                        "Memory",
                        "GC time");
        assertThat(dashboard.panels())
                .filteredOn(p -> p.type().equals("alertlist"))
                .hasSize(1);
        assertThat(dashboard.panelQueries())
                .filteredOn(q -> q.panelTitle().equals("HTTP latency p95 / p99"))
                .extracting(GrafanaDashboard.PanelQuery::expr)
                .anySatisfy(expr -> assertThat(expr).startsWith("histogram_quantile(0.95,"))
                .anySatisfy(expr -> assertThat(expr).startsWith("histogram_quantile(0.99,"));
    }

    @Test
    void apiEndpointsOverviewBreaksDownByRouteAndStatus() throws Exception {
        GrafanaDashboard dashboard = load("api-endpoints-overview.json");

        assertThat(dashboard.title()).isEqualTo("API Endpoints Overview");
        assertThat(dashboard.panelQueries())
                .extracting(GrafanaDashboard.PanelQuery::expr)
                .allSatisfy(expr -> assertThat(expr).contains("route=~\"$route\""))
                .anySatisfy(expr -> assertThat(expr).contains("sum by (status)"))
                .anySatisfy(expr -> assertThat(expr).contains("sum by (route, status)"))
                .anySatisfy(expr -> assertThat(expr).contains("sum by (le, route)"));
        assertThat(dashboard.variableQueries())
                .extracting(GrafanaDashboard.VariableQuery::name)
                .containsExactly("job", "route");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stress-certification.json", "api-endpoints-overview.json"})
    void everyQueryUsesTheDatasourceVariableAndTheJobVariable(String file) throws Exception {
        GrafanaDashboard dashboard = load(file);

        JsonNode datasource = dashboard.variables().stream()
                .filter(v -> v.path("name").asText().equals("datasource"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no datasource variable"));
        assertThat(datasource.path("type").asText()).isEqualTo("datasource");
        assertThat(datasource.path("query").asText()).isEqualTo("prometheus");
        assertThat(dashboard.panelQueries()).isNotEmpty().allSatisfy(query -> {
            assertThat(query.datasourceUid())
                    .as("%s: %s", file, query.panelTitle())
                    .isEqualTo("${datasource}");
            assertThat(query.expr()).as("%s: %s", file, query.panelTitle()).contains("job=\"$job\"");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"stress-certification.json", "api-endpoints-overview.json"})
    void panelIdsAreUniqueAndEveryChartHasAQuery(String file) throws Exception {
        GrafanaDashboard dashboard = load(file);

        assertThat(dashboard.panels())
                .extracting(GrafanaDashboard.Panel::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id > 0);
        assertThat(dashboard.panels())
                .filteredOn(p -> !p.type().equals("row") && !p.type().equals("alertlist"))
                .allSatisfy(panel ->
                        assertThat(panel.targetCount()).as(panel.title()).isPositive());
    }

    @Test
    void dashboardUidsDiffer() throws Exception {
        assertThat(load("stress-certification.json").uid())
                .isNotBlank()
                .isNotEqualTo(load("api-endpoints-overview.json").uid());
    }

    @Test
    void variablesAreInterpolatedInEveryGrafanaSyntaxAndUnknownOnesAreRefused() {
        GrafanaVariables variables = new GrafanaVariables(Map.of("job", "socialapp", "__rate_interval", "30s"));

        assertThat(variables.interpolate("rate(x{job=\"$job\"}[$__rate_interval]) + ${job} + ${job:regex} + [[job]]"))
                .isEqualTo("rate(x{job=\"socialapp\"}[30s]) + socialapp + socialapp + socialapp");
        assertThatThrownBy(() -> variables.interpolate("up{job=\"$jobs\"}"))
                .hasMessageContaining("unknown Grafana variable $jobs");
    }

    @Test
    void labelValuesBecomesPrometheusLabelValuesRequest() {
        GrafanaVariables variables = new GrafanaVariables(Map.of("job", "socialapp"));

        assertThat(new GrafanaDashboard.VariableQuery("route", "label_values(http_requests_total{job=\"$job\"}, route)")
                        .labelValuesRequest(variables))
                .isEqualTo("/api/v1/label/route/values?match[]=http_requests_total%7Bjob%3D%22socialapp%22%7D");
        assertThat(new GrafanaDashboard.VariableQuery("job", "label_values(job)").labelValuesRequest(variables))
                .isEqualTo("/api/v1/label/job/values");
        assertThatThrownBy(
                        () -> new GrafanaDashboard.VariableQuery("m", "metrics(http_.*)").labelValuesRequest(variables))
                .hasMessageContaining("expected label_values(...)");
    }
}
