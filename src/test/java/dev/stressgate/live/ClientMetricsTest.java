package dev.stressgate.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.Slo;
import dev.stressgate.profile.SloMetric;
import dev.stressgate.report.gatling.FlowTransports;
import dev.stressgate.run.Workload;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client series as a scrape shows them, fed with records the way the live view passes them on. */
class ClientMetricsTest {

    @Test
    void recordsBecomeLabelledCountersHistogramsGaugesAndTheProfilesSloThresholds() throws IOException {
        ClientMetrics metrics = new ClientMetrics("20261128T120000Z-soak", "soak");
        metrics.publish(List.of(new Slo(SloMetric.P95_MS, Slo.GLOBAL, 800)));
        LiveRecords records = new LiveRecords(
                metrics,
                new FlowTransports(new Workload(List.of(
                        new Workload.Flow("feed", "social", Workload.Transport.HTTP, null),
                        new Workload.Flow("chat_ws", "realtime", Workload.Transport.WEBSOCKET, null)))),
                true);
        records.onUser("social", true, 1_000);
        records.onUser("realtime", true, 1_000);
        records.onRequest(List.of("feed"), "feed: list posts", 1_000, 1_040, true, "");
        records.onRequest(
                List.of("feed"),
                "feed: list posts",
                1_000,
                3_000,
                false,
                "status.find.in(200), but actually found 503");
        records.onRequest(List.of("chat_ws"), "chat_ws: connect", 1_000, 1_010, true, "");
        records.onUser("realtime", false, 4_000);

        String text = scrape(metrics);

        String run = "profile=\"soak\",";
        String id = "run_id=\"20261128T120000Z-soak\"";
        String feed = "group=\"feed\"," + run + "request=\"feed: list posts\"," + id;
        assertThat(text)
                .contains("stressgate_client_responses_total{group=\"feed\",http_status=\"\"," + run
                        + "request=\"feed: list posts\"," + id + ",status=\"OK\"} 1.0")
                .contains("stressgate_client_responses_total{group=\"feed\",http_status=\"503\"," + run
                        + "request=\"feed: list posts\"," + id + ",status=\"KO\"} 1.0")
                .contains("stressgate_client_response_time_seconds_bucket{" + feed + ",status=\"OK\",le=\"0.05\"} 1")
                .contains("stressgate_client_response_time_seconds_bucket{" + feed + ",status=\"KO\",le=\"1.0\"} 0")
                .contains("stressgate_client_response_time_seconds_bucket{" + feed + ",status=\"KO\",le=\"2.5\"} 1")
                .contains("stressgate_client_active_users{population=\"social\"," + run + id + "} 1.0")
                .contains("stressgate_client_active_users{population=\"realtime\"," + run + id + "} 0.0")
                .contains("stressgate_client_open_websockets{" + run + id + "} 1.0")
                .contains("stressgate_client_slo_threshold{bound=\"max\",metric=\"p95_ms\"," + run + id
                        + ",scope=\"global\"} 800.0");
        assertThat(records.activeUsers()).isEqualTo(1);
    }

    private static String scrape(ClientMetrics metrics) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, metrics.registry().scrape(), EscapingScheme.ALLOW_UTF8);
        return out.toString(StandardCharsets.UTF_8);
    }
}
