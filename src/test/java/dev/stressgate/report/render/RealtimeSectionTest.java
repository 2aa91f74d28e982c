package dev.stressgate.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.render.view.ChartView;
import dev.stressgate.report.render.view.LatencyRow;
import dev.stressgate.report.render.view.ReportView;
import dev.stressgate.run.realtime.DropCause;
import dev.stressgate.run.realtime.RealtimeRecorder;
import dev.stressgate.run.realtime.RealtimeStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealtimeSectionTest {
    private static final Instant START = Instant.parse("2026-11-22T05:00:00Z");

    private static RealtimeStats stats() {
        RealtimeRecorder recorder =
                new RealtimeRecorder("session", Clock.fixed(START, ZoneOffset.UTC), Duration.ofSeconds(1));
        recorder.connected("chat", 40, false);
        recorder.dropped("chat", DropCause.SERVER_CLOSE, 5_000);
        recorder.connected("chat", 60, true);
        long sent = START.toEpochMilli();
        recorder.expectDelivery("chat", "a", 1, 2, sent);
        recorder.delivered("chat", "a", 2, sent + 25);
        recorder.expectDelivery("chat", "b", 1, 2, sent + 100);
        recorder.lostFor(2, "chat");
        return recorder.finish();
    }

    @Test
    void latencyRowsNameTheChannelAndWhatIsTimed() {
        List<LatencyRow> rows = RealtimeSection.latencyRows(stats());
        assertThat(rows)
                .extracting(LatencyRow::name)
                .containsExactly(
                        "chat: connect (ticket + upgrade)", "chat: fan-out delivery (send → other user's socket)");
        assertThat(rows.get(0).count()).isEqualTo(2);
        assertThat(rows.get(0).maxMs()).isEqualTo(60);
        assertThat(rows.get(1).p50Ms()).isEqualTo(25);
    }

    @Test
    void socketsChartStartsAtTheRunStart() {
        ChartView chart = RealtimeSection.socketsChart(stats(), START.toEpochMilli() - 2_000);
        assertThat(chart.series()).singleElement().satisfies(series -> {
            assertThat(series.label()).isEqualTo("chat sockets held");
            assertThat(series.points()).allSatisfy(point -> {
                assertThat(point.x()).isEqualTo(2.0);
                assertThat(point.y()).isEqualTo(1.0);
            });
        });
    }

    @Test
    void everyRenderingShowsTheConnectionsTable() {
        ReportView sample = SampleViews.report();
        ReportView withRealtime = new ReportView(
                sample.header(),
                sample.verdict(),
                sample.slos(),
                sample.gateChecks(),
                sample.global(),
                sample.requests(),
                sample.groups(),
                sample.errors(),
                sample.websocketChecks(),
                sample.timeAxisSeconds(),
                sample.charts(),
                sample.sources(),
                sample.logs(),
                sample.findings(),
                sample.baseline(),
                sample.ai(),
                sample.gatlingReportHref(),
                sample.injectors(),
                RealtimeSection.rows(stats()));

        Map<String, String> rendered = ReportRenderer.withDefaults().render(withRealtime);

        assertThat(rendered.get(ReportRenderer.MARKDOWN))
                .contains("## WebSocket connections and fan-out")
                .contains("| chat | 2 | 0 | 1 | 1 | 1 | 0 | 0 | 1 | 1 | 0 | 0 | 50 |");
        assertThat(rendered.get(ReportRenderer.HTML)).contains("<section id=\"realtime\">", "href=\"#realtime\"");
        assertThat(rendered.get(ReportRenderer.TEXT)).contains("WEBSOCKET CONNECTIONS AND FAN-OUT");
        assertThat(ReportRenderer.withDefaults().render(sample).get(ReportRenderer.MARKDOWN))
                .as("no section without realtime.json")
                .doesNotContain("WebSocket connections and fan-out");
    }
}
