package dev.stressgate.report.sources.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import dev.stressgate.report.sources.SourceStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Loki source against a local stub speaking Loki's HTTP API (Loki 2.x/3.x, GET /loki/api/v1/query_range):
 * <ul>
 * <li>success: HTTP 200, {@code {"status":"success","data":{"resultType":"streams","result":[{"stream":{<labels>},
 * "values":[["<unix epoch ns as string>","<log line>"], ...]}],"stats":{"summary":{...}}}}}; with
 * {@code direction=forward} entries are oldest first; {@code start} is inclusive, {@code end} exclusive;</li>
 * <li>query errors (LogQL parse errors, limits): HTTP 400 with a plain-text body written by Go's http.Error
 * ({@code text/plain; charset=utf-8}, message plus newline), e.g. {@code parse error at line 1, col 15: syntax
 * error: unexpected IDENTIFIER};</li>
 * <li>internal failures: HTTP 500 plain text; deadline exceeded: HTTP 504 plain text;</li>
 * <li>Prometheus-compatible handlers and front ends: {@code {"status":"error","errorType":"bad_data","error":"..."}}.</li>
 * </ul>
 * The log file is absent in these tests, so the report shows Loki's own outcome.
 */
class LokiLogSourceTest {

    private static final long START =
            java.time.Instant.parse("2026-11-22T05:00:00Z").toEpochMilli();
    private static final RunWindow WINDOW = new RunWindow(START, START + 60_000);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private record Entry(long nanos, String line) {}

    private static String streams(List<Entry> entries) {
        ObjectNode root = MAPPER.createObjectNode().put("status", "success");
        ObjectNode data = root.putObject("data").put("resultType", "streams");
        ObjectNode stream = data.putArray("result").addObject();
        stream.putObject("stream").put("job", "socialapp").put("filename", "/var/log/socialapp.log");
        ArrayNode values = stream.putArray("values");
        entries.forEach(e -> values.addArray().add(Long.toString(e.nanos())).add(e.line()));
        data.putObject("stats")
                .putObject("summary")
                .put("bytesProcessedPerSecond", 1024)
                .put("linesProcessedPerSecond", 10)
                .put("totalBytesProcessed", 2048)
                .put("totalLinesProcessed", 20)
                .put("execTime", 0.002);
        return root.toString();
    }

    private static long nanos(int secondsIntoRun) {
        return (START + secondsIntoRun * 1000L) * 1_000_000L;
    }

    private static String appLine(int second, String level, String message, String route, Integer status) {
        ObjectNode node = MAPPER.createObjectNode()
                .put(
                        "@timestamp",
                        java.time.Instant.ofEpochMilli(START + second * 1000L).toString())
                .put("level", level)
                .put("logger_name", "access")
                .put("message", message)
                .put("route", route);
        if (status != null) {
            node.put("status", status);
        }
        return node.toString();
    }

    /**
     * Serves entries like Loki: those in [start, end), oldest first, at most {@code limit}; the bare selector (the
     * presence probe) sees one INFO line, any filtered query the given entries (the stub does not run LogQL).
     */
    private static Function<Map<String, String>, LokiStub.Answer> loki(List<Entry> entries) {
        return parameters -> {
            String query = parameters.get("query");
            List<Entry> source = query.equals(LogSettings.DEFAULT_LOKI_SELECTOR) || query.equals(MAPPED_SELECTOR)
                    ? List.of(new Entry(nanos(1), appLine(1, "INFO", "request processed", "/api/posts", 200)))
                    : entries;
            long start = Long.parseLong(parameters.get("start"));
            long end = Long.parseLong(parameters.get("end"));
            int limit = Integer.parseInt(parameters.get("limit"));
            List<Entry> page = new ArrayList<>();
            for (Entry entry : source) {
                if (entry.nanos() >= start && entry.nanos() < end && page.size() < limit) {
                    page.add(entry);
                }
            }
            return LokiStub.Answer.json(streams(page));
        };
    }

    private LogReport collect(LokiStub stub, int pageSize, Duration timeout) {
        LogSettings settings = new LogSettings(
                stub.url(), LogSettings.DEFAULT_LOKI_SELECTOR, dir.resolve("absent.log"), timeout, 50, pageSize);
        return new LogCollector(settings).collect(WINDOW);
    }

    private static SourceHealth loki(LogReport report) {
        return report.sources().stream()
                .filter(h -> h.name().equals("loki"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void readsStreamsPageByPageWithoutLosingOrRepeatingLinesThatShareATimestamp() throws Exception {
        List<Entry> entries = List.of(
                new Entry(nanos(2), appLine(2, "ERROR", "db timeout password=hunter2", "/api/posts", 500)),
                new Entry(nanos(3), appLine(3, "WARN", "slow query", null, null)),
                new Entry(nanos(3), appLine(3, "ERROR", "second error in the same nanosecond", null, null)),
                new Entry(nanos(4), appLine(4, "WARN", "pool pending", null, null)),
                new Entry(nanos(5), appLine(5, "WARN", "request processed", "/api/posts", 429)),
                new Entry(nanos(6), appLine(6, "WARN", "request processed", "/api/auth/login", 429)));

        LogReport report;
        try (LokiStub stub = new LokiStub(loki(entries))) {
            report = collect(stub, 3, Duration.ofSeconds(5));
            // presence probe, then pages from 2 s, 3 s (the boundary), 4 s and 6 s (the last one shorter)
            assertThat(stub.requests()).hasSize(5);
            assertThat(stub.requests()).allSatisfy(r -> {
                assertThat(r.get("direction")).isEqualTo("forward");
                assertThat(r.get("end")).isEqualTo(Long.toString((WINDOW.endEpochMs() + 1) * 1_000_000L));
            });
            assertThat(stub.requests().get(1).get("query"))
                    .isEqualTo("{job=\"socialapp\"} |~ "
                            + "`(?i)(err|warn|fatal|crit|panic|emerg|alert|severe|\\b[456]0\\b|\\b(429|5\\d\\d)\\b)`");
            assertThat(stub.requests().get(1).get("start")).isEqualTo(Long.toString(START * 1_000_000L));
        }

        assertThat(report.source()).isEqualTo("loki");
        assertThat(loki(report).status()).isEqualTo(SourceStatus.USED);
        assertThat(report.categories().severity().errorCount()).isEqualTo(2);
        assertThat(report.categories().severity().warnCount()).isEqualTo(2);
        assertThat(report.categories().severity().serverErrorCount()).isEqualTo(1);
        assertThat(report.categories().severity().excerpts())
                .extracting(LogEntry::message)
                .containsExactly(
                        "db timeout password=[REDACTED]",
                        "slow query",
                        "second error in the same nanosecond",
                        "pool pending");
        assertThat(report.categories().rateLimit().byRoute()).isEqualTo(Map.of("/api/posts", 1, "/api/auth/login", 1));
        assertThat(report.linesScanned()).isEqualTo(6);
    }

    private LogReport collectAgainst(LokiStub.Answer answer, Duration timeout) throws Exception {
        try (LokiStub stub = new LokiStub(parameters -> answer)) {
            return collect(stub, 100, timeout);
        }
    }

    @Test
    void aStatusErrorAnswerMakesLokiUnavailableWithItsMessage() throws Exception {
        LogReport report = collectAgainst(
                LokiStub.Answer.json(
                        "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid parameter \\\"start\\\"\"}"),
                Duration.ofSeconds(5));

        assertThat(loki(report))
                .isEqualTo(new SourceHealth(
                        "loki",
                        SourceStatus.UNAVAILABLE,
                        "Loki refused the query (HTTP 200, bad_data): invalid parameter \"start\""));
        assertThat(report.source()).isEqualTo("none");
    }

    @Test
    void aPlainText400ShowsLokisParseError() throws Exception {
        LogReport report = collectAgainst(
                LokiStub.Answer.plainTextError(
                        400, "parse error at line 1, col 15: syntax error: unexpected IDENTIFIER"),
                Duration.ofSeconds(5));

        assertThat(loki(report).status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(loki(report).reason())
                .isEqualTo(
                        "Loki answered HTTP 400: parse error at line 1, col 15: syntax error: unexpected IDENTIFIER");
    }

    @Test
    void aPlainText500IsReportedAndItsSecretsRedacted() throws Exception {
        LogReport report = collectAgainst(
                LokiStub.Answer.plainTextError(
                        500,
                        "rpc error: code = Unavailable desc = upstream rejected Authorization: Bearer abc123secret"),
                Duration.ofSeconds(5));

        assertThat(loki(report).reason())
                .isEqualTo(
                        "Loki answered HTTP 500: rpc error: code = Unavailable desc = upstream rejected Authorization: Bearer [REDACTED]");
    }

    @Test
    void aSlowAnswerBeyondTheTimeoutIsReportedNotWaitedFor() throws Exception {
        LogReport report = collectAgainst(
                new LokiStub.Answer(200, "application/json", streams(List.of()), 3_000), Duration.ofMillis(300));

        assertThat(loki(report).status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(loki(report).reason()).startsWith("Loki at http://").endsWith(": no complete answer within 300 ms");
    }

    @Test
    void aNonJsonAnswerIsReportedAsNotALogQueryResult() throws Exception {
        LogReport report = collectAgainst(
                new LokiStub.Answer(200, "text/html", "<html><body>Proxy login</body></html>", 0),
                Duration.ofSeconds(5));

        assertThat(loki(report).status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(loki(report).reason()).contains("not a log query result", "<html><body>Proxy login");
    }

    @Test
    void aTimestampBeyondALongIsAMalformedAnswerNotACrash() throws Exception {
        LogReport report = collectAgainst(
                LokiStub.Answer.json("{\"status\":\"success\",\"data\":{"
                        + "\"resultType\":\"streams\",\"result\":[{\"stream\":{\"job\":\"socialapp\"},"
                        + "\"values\":[[\"9999999999999999999\",\"a line\"]]}]}}"),
                Duration.ofSeconds(5));

        assertThat(loki(report).status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(loki(report).reason()).contains("not [\"<ns>\", \"<line>\"]", "9999999999999999999");
    }

    @Test
    void aLokiWithoutTheTargetsLogsIsNotTakenAsACleanRun() throws Exception {
        LogReport report = collectAgainst(LokiStub.Answer.json(streams(List.of())), Duration.ofSeconds(5));

        assertThat(loki(report).status()).isEqualTo(SourceStatus.UNAVAILABLE);
        assertThat(loki(report).reason()).contains("has no lines for {job=\"socialapp\"} in the window");
        assertThat(report.sources()).extracting(SourceHealth::name).containsExactly("loki", "file");
    }

    private static final String MAPPED_SELECTOR = "{app=\"api\"}";

    @Test
    void readsOtherRuntimesConventionsAndCountsLinesReadByLabelsOnly() throws Exception {
        List<Entry> entries = List.of(
                new Entry(
                        nanos(2),
                        "{\"level\":50,\"time\":" + (START + 2_000) + ",\"req\":{\"url\":\"/api/posts?x=1\"},"
                                + "\"res\":{\"statusCode\":503},\"responseTime\":40,\"msg\":\"request errored\"}"),
                new Entry(nanos(3), "level=warn msg=\"rate limited\" path=/api/feed status=429"),
                new Entry(nanos(4), "panic: runtime error: invalid memory address"));
        LogReport report;
        String url;
        try (LokiStub stub = new LokiStub(loki(entries))) {
            url = stub.url().toString();
            report = collect(stub, 100, Duration.ofSeconds(5));
        }

        SeverityCategory severity = report.categories().severity();
        assertThat(severity.errorCount())
                .as("the pino 50 line; the panic line has no level label")
                .isEqualTo(1);
        assertThat(severity.serverErrorCount()).isEqualTo(1);
        assertThat(severity.excerpts())
                .extracting(LogEntry::epochMs, LogEntry::route, LogEntry::durationMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(START + 2_000, "/api/posts", 40.0));
        assertThat(report.categories().rateLimit().byRoute()).isEqualTo(Map.of("/api/feed", 1));
        assertThat(report.malformedLines()).isEqualTo(1);
        assertThat(loki(report))
                .extracting(SourceHealth::status, SourceHealth::reason)
                .containsExactly(
                        SourceStatus.USED,
                        "3 lines read from " + url
                                + "; by their Loki labels only: 1 line(s) neither a JSON object nor logfmt");
    }

    @Test
    void aLevelOrStatusMappingDropsTheLineFilter() throws Exception {
        try (LokiStub stub = new LokiStub(loki(List.of()))) {
            LogSettings settings = new LogSettings(
                    stub.url(),
                    MAPPED_SELECTOR,
                    dir.resolve("absent.log"),
                    Duration.ofSeconds(5),
                    50,
                    100,
                    LogFieldMapping.parse("level:sev"));
            new LogCollector(settings).collect(WINDOW);

            assertThat(stub.requests())
                    .extracting(r -> r.get("query"))
                    .containsExactly(MAPPED_SELECTOR, MAPPED_SELECTOR);
        }
    }
}
