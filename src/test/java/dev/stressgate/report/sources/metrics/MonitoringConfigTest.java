package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stressgate.report.sources.testing.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validates monitoring/ with Prometheus' own promtool; skipped with a reason where promtool is not installed. */
class MonitoringConfigTest {

    private static final Path MONITORING = Path.of("monitoring");

    @TempDir
    Path temp;

    private static Path promtool() {
        Optional<Path> promtool = ExternalTool.onPath("promtool");
        assumeTrue(promtool.isPresent(), "promtool is not on the PATH (install the Debian 'prometheus' package)");
        return promtool.get();
    }

    private static String run(Path promtool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("promtool finished")
                .isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .as("promtool %s:%n%s", String.join(" ", arguments), output)
                .isZero();
        return output;
    }

    @Test
    void prometheusConfigIsValidAndLoadsTheAlertRules() throws Exception {
        String output = run(
                promtool(),
                "check",
                "config",
                MONITORING.resolve("prometheus.yml").toString());

        assertThat(output).contains("SUCCESS", "1 rule files found");
    }

    @Test
    void alertRulesAreValidAndCoverTheSeedAlertsAndTheClientSide() throws Exception {
        String output = run(
                promtool(), "check", "rules", MONITORING.resolve("alerts.yml").toString());

        assertThat(output).contains("SUCCESS: 8 rules found");
        String rules = Files.readString(MONITORING.resolve("alerts.yml"));
        assertThat(rules)
                .contains(
                        "alert: HighErrorRate",
                        "alert: HighLatencyP95",
                        "alert: WebSocketBackpressure",
                        "alert: HighAuthFailureRate",
                        "alert: WebSocketDisconnectSpike",
                        "alert: TargetDown",
                        "alert: ClientP95AboveSlo",
                        "alert: ClientErrorShareAboveSlo",
                        "severity: critical",
                        "severity: warning");
    }

    @Test
    void everyCatalogQueryIsValidPromqlOnceItsPlaceholdersAreFilled() throws Exception {
        Path promtool = promtool();
        MetricQueryCatalog catalog = MetricQueryCatalog.load(MONITORING.resolve("queries.json"));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode rules =
                root.putArray("groups").addObject().put("name", "catalog").putArray("rules");
        for (MetricQuery query : catalog.queries()) {
            rules.addObject()
                    .put("record", "catalog:" + query.id())
                    .put("expr", query.promql(MetricsSettings.DEFAULT_SELECTOR, "20s"));
        }
        Path rulesFile = Files.writeString(temp.resolve("catalog-rules.yml"), mapper.writeValueAsString(root));

        String output = run(promtool, "check", "rules", rulesFile.toString());

        assertThat(output).contains("SUCCESS: " + catalog.queries().size() + " rules found");
    }
}
