package dev.stressgate.report.sources.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stressgate.report.sources.RunWindow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Garbage in scrape.jsonl costs the garbage, never the other scrapes, and never becomes a negative or absurd rate. */
class ImplausibleScrapesTest {
    private static final long T0 = 1_732_251_600_000L;

    @TempDir
    Path runDir;

    private MetricsCollector collector;

    @BeforeEach
    void collectorWithUnreachablePrometheus() throws IOException {
        collector = ScrapeFixture.collectorWithoutPrometheus();
    }

    /** A Go/Python-style exposition: no HELP lines, a label set unlike the reference app's, integers as floats. */
    private static String requests(String value) {
        return "# TYPE http_requests_total counter\nhttp_requests_total{code=\"200\",handler=\"/v1/items\",status=\"200\"} "
                + value + "\n";
    }

    private Map<Long, Double> requestRate() {
        MetricsReport report = collector.collect(new RunWindow(T0, T0 + 60_000), runDir);
        MetricLines series = report.series().stream()
                .filter(s -> s.id().equals("request_rate"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "request_rate missing: " + report.coverage().missing()));
        Map<Long, Double> byTime = new TreeMap<>();
        series.lines().forEach(line -> line.points().forEach(p -> byTime.merge(p.epochMs(), p.value(), Double::sum)));
        return byTime;
    }

    @Test
    void oneInvalidUtf8ByteCostsItsLineOnly() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        String[] values = {"0", "50", "100"};
        for (int i = 0; i < values.length; i++) {
            String line = new ScrapeFixture()
                    .scrape(T0 + i * 5_000L, requests(values[i]))
                    .lines()
                    .get(0);
            file.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            file.write('\n');
            if (i == 1) {
                file.writeBytes("{\"ts_ms\":".getBytes(StandardCharsets.UTF_8));
                file.write(0xC3);
                file.write(0x28);
                file.writeBytes("}\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.write(runDir.resolve("scrape.jsonl"), file.toByteArray());

        assertThat(requestRate())
                .containsOnlyKeys(T0 + 5_000, T0 + 10_000)
                .allSatisfy((t, rate) -> assertThat(rate).isCloseTo(10.0, within(1e-9)));
        MetricsReport report = collector.collect(new RunWindow(T0, T0 + 60_000), runDir);
        assertThat(report.sources())
                .filteredOn(h -> h.name().equals("scrape"))
                .singleElement()
                .satisfies(h -> assertThat(h.reason()).contains("3 scrapes used", "line 3"));
    }

    @Test
    void negativeAndWildlyJumpingCountersAreDroppedAndResetsCountAsInPrometheus() throws IOException {
        String[] values = {"0", "50", "-1000", "100", "1e15", "150", "200", "7"};
        ScrapeFixture scrapes = new ScrapeFixture();
        for (int i = 0; i < values.length; i++) {
            scrapes.scrape(T0 + i * 5_000L, requests(values[i]));
        }
        scrapes.writeInto(runDir);

        Map<Long, Double> rate = requestRate();

        assertThat(rate).containsOnlyKeys(T0 + 5_000, T0 + 15_000, T0 + 25_000, T0 + 30_000, T0 + 35_000);
        assertThat(rate.get(T0 + 5_000)).isCloseTo(10.0, within(1e-9)); // 50 in 5 s
        assertThat(rate.get(T0 + 15_000)).isCloseTo(5.0, within(1e-9)); // -1000 dropped: 50 in 10 s
        assertThat(rate.get(T0 + 25_000)).isCloseTo(5.0, within(1e-9)); // spike 1e15 dropped: 50 in 10 s
        assertThat(rate.get(T0 + 30_000)).isCloseTo(10.0, within(1e-9)); // 50 in 5 s
        assertThat(rate.get(T0 + 35_000)).isCloseTo(1.4, within(1e-9)); // restart to 7: 7 in 5 s, as rate() counts it
        MetricsReport report = collector.collect(new RunWindow(T0, T0 + 60_000), runDir);
        assertThat(report.sources())
                .filteredOn(h -> h.name().equals("scrape"))
                .singleElement()
                .satisfies(
                        h -> assertThat(h.reason())
                                .contains(
                                        "8 scrapes used",
                                        "scrape.jsonl line 3: counter "
                                                + "http_requests_total{code=200, handler=/v1/items, status=200} = -1000.0 is impossible"));
    }
}
