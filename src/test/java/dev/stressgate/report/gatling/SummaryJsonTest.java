package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stressgate.run.realtime.RealtimeStats;
import dev.stressgate.run.realtime.SocketSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonTest {

    @TempDir
    Path runDirectory;

    /** The summary's file as an older version wrote it: without the fields it did not know yet. */
    private Path writtenWithout(RunSummary summary, String... fields) throws IOException {
        Path file = new SummaryWriter().writeInto(runDirectory, summary);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode old = (ObjectNode) mapper.readTree(file.toFile());
        old.remove(List.of(fields));
        mapper.writeValue(file.toFile(), old);
        return file;
    }

    @Test
    void writesSnakeCaseJsonAtomicallyAndReadsItBackUnchanged() throws Exception {
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));

        Path written = new SummaryWriter().writeInto(runDirectory, summary);

        assertThat(written).isEqualTo(runDirectory.resolve("summary.json"));
        try (Stream<Path> files = Files.list(runDirectory)) {
            assertThat(files).containsExactly(written);
        }
        JsonNode json = new ObjectMapper().readTree(written.toFile());
        assertThat(json.get("schema_version").asInt()).isEqualTo(1);
        assertThat(json.get("global").get("p95_ms").asLong())
                .isEqualTo(summary.global().p95Ms());
        assertThat(json.get("global").get("mean_rps").asDouble())
                .isEqualTo(summary.global().meanRps());
        assertThat(json.get("requests").get(0).fieldNames())
                .toIterable()
                .containsExactly("name", "group", "websocket", "stats");
        assertThat(json.get("seconds").get(0).fieldNames())
                .toIterable()
                .containsExactly("second", "epoch_ms", "requests", "responses", "errors", "active_users", "p95_ms");
        assertThat(json.get("errors").get(0).has("requests")).isTrue();
        assertThat(json.has("websocket_requests")).isFalse();

        assertThat(new SummaryReader().readFrom(runDirectory)).isEqualTo(summary);
    }

    @Test
    void rewritingReplacesTheFile() throws Exception {
        SummaryWriter writer = new SummaryWriter();
        writer.writeInto(runDirectory, new SimulationLogSummarizer().summarize(Fixtures.log("injector-a")));
        RunSummary second = new SimulationLogSummarizer().summarize(Fixtures.log("injector-b"));

        writer.writeInto(runDirectory, second);

        assertThat(new SummaryReader().readFrom(runDirectory)).isEqualTo(second);
    }

    @Test
    void totalsAreTheWholeSummaryWithoutItsPerSecondSeries() throws Exception {
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));
        new SummaryWriter().writeInto(runDirectory, summary);

        RunSummary totals = new SummaryReader().readTotalsFrom(runDirectory);

        assertThat(summary.seconds()).isNotEmpty();
        assertThat(totals.seconds()).isEmpty();
        assertThat(totals.requestErrorSeconds()).isNull();
        assertThat(totals)
                .usingRecursiveComparison()
                .ignoringFields("seconds", "requestErrorSeconds")
                .isEqualTo(summary);
    }

    @Test
    void totalsOfABrokenOrForeignSummaryFailLikeTheWholeRead() throws Exception {
        Path file = Files.writeString(runDirectory.resolve("summary.json"), "{\"schema_version\": 1, \"global\": [");
        assertThatThrownBy(() -> new SummaryReader().readTotalsFrom(runDirectory))
                .isInstanceOf(InvalidSummaryException.class)
                .hasMessageStartingWith(file + ": not a valid summary.json at line 1");

        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-b"));
        new SummaryWriter().writeInto(runDirectory, summary);
        Files.writeString(file, Files.readString(file).replace("\"schema_version\" : 1", "\"schema_version\" : 7"));
        assertThatThrownBy(() -> new SummaryReader().readTotalsFrom(runDirectory))
                .isInstanceOf(InvalidSummaryException.class)
                .hasMessage(file + ": schema_version 7, expected 1");

        Files.writeString(file, "[1, 2]");
        assertThatThrownBy(() -> new SummaryReader().readTotalsFrom(runDirectory))
                .isInstanceOf(InvalidSummaryException.class)
                .hasMessageStartingWith(file + ": not a valid summary.json");
    }

    @Test
    void brokenSummaryNamesFileAndPosition() throws Exception {
        Path file = Files.writeString(runDirectory.resolve("summary.json"), "{\"schema_version\": 1, \"global\": [");

        assertThatThrownBy(() -> new SummaryReader().read(file))
                .isInstanceOf(InvalidSummaryException.class)
                .hasMessageStartingWith(file + ": not a valid summary.json at line 1");
    }

    @Test
    void otherSchemaVersionIsRejected() throws Exception {
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-b"));
        Path file = new SummaryWriter().writeInto(runDirectory, summary);
        Files.writeString(file, Files.readString(file).replace("\"schema_version\" : 1", "\"schema_version\" : 7"));

        assertThatThrownBy(() -> new SummaryReader().read(file))
                .isInstanceOf(InvalidSummaryException.class)
                .hasMessage(file + ": schema_version 7, expected 1");
    }

    @Test
    void everyPopulationCarriesItsWholeDistributionAsACompressedHdrHistogram() throws Exception {
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));
        new SummaryWriter().writeInto(runDirectory, summary);
        JsonNode json =
                new ObjectMapper().readTree(runDirectory.resolve("summary.json").toFile());

        JsonNode global = json.get("global");
        org.HdrHistogram.Histogram decoded =
                LatencyHistogramCodec.decode(global.get("latency_histogram").asText());
        assertThat(decoded.getTotalCount()).isEqualTo(global.get("count").asLong());
        assertThat(decoded.getMaxValue()).isEqualTo(global.get("max_ms").asLong());
        for (JsonNode request : json.get("requests")) {
            JsonNode stats = request.get("stats");
            assertThat(LatencyHistogramCodec.decode(
                                    stats.get("latency_histogram").asText())
                            .getTotalCount())
                    .as(request.get("name").asText())
                    .isEqualTo(stats.get("count").asLong());
        }
        for (JsonNode group : json.get("groups")) {
            assertThat(group.get("duration").has("latency_histogram")).isTrue();
            assertThat(group.get("cumulated_response_time").has("latency_histogram"))
                    .isTrue();
        }
    }

    @Test
    void summaryWrittenBeforeDistributionsExistedStillReadsWithoutThem() throws Exception {
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));
        Path file = new SummaryWriter().writeInto(runDirectory, summary);
        String old = Files.readString(file).replaceAll(",\\s*\"latency_histogram\" : \"[^\"]*\"", "");
        assertThat(old).doesNotContain("latency_histogram");
        Files.writeString(file, old);

        RunSummary read = new SummaryReader().readFrom(runDirectory);
        RunSummary totals = new SummaryReader().readTotalsFrom(runDirectory);

        assertThat(read.global().latencyHistogram()).isNull();
        assertThat(read.global().p95Ms()).isEqualTo(summary.global().p95Ms());
        assertThat(read.requests())
                .allSatisfy(r -> assertThat(r.stats().latencyHistogram()).isNull());
        assertThat(totals.groups())
                .allSatisfy(g -> assertThat(g.duration().latencyHistogram()).isNull());
        assertThat(totals.global().count()).isEqualTo(summary.global().count());
    }

    @Test
    void eachFailingRequestsErrorSecondsAreWrittenAsCompactTriples() throws Exception {
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));
        Path file = new SummaryWriter().writeInto(runDirectory, summary);

        JsonNode perRequest = new ObjectMapper().readTree(file.toFile()).get("request_error_seconds");

        assertThat(perRequest).isNotEmpty();
        JsonNode first = perRequest.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("name", "group", "seconds");
        RequestErrorSeconds.ErrorSecond second =
                summary.requestErrorSeconds().get(0).seconds().get(0);
        assertThat(first.get("seconds").get(0)).hasSize(3);
        assertThat(first.get("seconds").get(0).get(0).asLong()).isEqualTo(second.second());
        assertThat(first.get("seconds").get(0).get(1).asLong()).isEqualTo(second.errors());
        assertThat(first.get("seconds").get(0).get(2).asLong()).isEqualTo(second.responses());
    }

    @Test
    void summaryWrittenBeforeRequestErrorSecondsStillReadsWithoutThem() throws Exception {
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));
        Path file = writtenWithout(summary, "request_error_seconds");
        assertThat(Files.readString(file)).doesNotContain("request_error_seconds");

        RunSummary read = new SummaryReader().readFrom(runDirectory);

        assertThat(summary.requestErrorSeconds()).isNotEmpty();
        assertThat(read.requestErrorSeconds()).isNull();
        assertThat(read)
                .usingRecursiveComparison()
                .ignoringFields("requestErrorSeconds")
                .isEqualTo(summary);
        assertThat(new SummaryReader().readTotalsFrom(runDirectory).global()).isEqualTo(summary.global());
    }

    @Test
    void aHistogramThatIsNotHdrHistogramsEncodingIsNamed() {
        assertThatThrownBy(() -> LatencyHistogramCodec.decode("not base64!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("latency_histogram: expected base64");
        assertThatThrownBy(() -> LatencyHistogramCodec.decode("AAAAAAAA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("latency_histogram: expected HdrHistogram's compressed encoding, got 6 bytes");
    }

    @Test
    void summaryWrittenBeforeInjectorRunsAndRealtimeStillReadsWithoutThem() throws Exception {
        RunSummary summary = new SimulationLogSummarizer().summarize(Fixtures.log("injector-a"));
        Path file = writtenWithout(summary, "realtime", "injector_runs");
        assertThat(Files.readString(file)).doesNotContain("\"realtime\"").doesNotContain("injector_runs");

        RunSummary read = new SummaryReader().readFrom(runDirectory);

        assertThat(read.realtime()).isNull();
        assertThat(read.injectorRuns()).isNull();
        assertThat(read.global()).isEqualTo(summary.global());
        assertThat(new SummaryReader().readTotalsFrom(runDirectory).global()).isEqualTo(summary.global());
    }

    @Test
    void theTotalsLeaveOutTheRealtimeSocketSamplesButKeepItsCounts() throws Exception {
        RealtimeStats realtime = new RealtimeStats(
                RealtimeStats.SCHEMA_VERSION,
                "session",
                1_000,
                61_000,
                1_000,
                Map.of(),
                List.of(
                        new SocketSample(1_000, Map.of("chat", 5L), 1L),
                        new SocketSample(2_000, Map.of("chat", 7L), 1L)),
                64L << 20,
                2.5);
        RunSummary summary = new SimulationLogSummarizer()
                .summarize(Fixtures.log("injector-a"))
                .withRealtime(realtime);
        new SummaryWriter().writeInto(runDirectory, summary);

        RealtimeStats full = new SummaryReader().readFrom(runDirectory).realtime();
        RealtimeStats totals = new SummaryReader().readTotalsFrom(runDirectory).realtime();

        assertThat(full.peakSockets()).isEqualTo(7);
        assertThat(totals.sockets()).isEmpty();
        assertThat(totals.heapPeakBytes()).isEqualTo(64L << 20);
        assertThat(totals.cpuSeconds()).isEqualTo(2.5);
        assertThat(totals.durationMinutes()).isEqualTo(1.0);
    }
}
