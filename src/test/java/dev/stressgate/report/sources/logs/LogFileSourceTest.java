package dev.stressgate.report.sources.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file fallback as the report meets it: Loki unreachable, the reference app's JSON log on disk. */
class LogFileSourceTest {

    private static final long START =
            java.time.Instant.parse("2026-11-22T05:00:00Z").toEpochMilli();
    private static final RunWindow WINDOW = new RunWindow(START, START + 60_000);

    @TempDir
    Path dir;

    private static String closedLokiUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    private LogCollector collector(Path logFile, int excerptLimit) throws IOException {
        return new LogCollector(new LogSettings(
                URI.create(closedLokiUrl()),
                LogSettings.DEFAULT_LOKI_SELECTOR,
                logFile,
                Duration.ofSeconds(2),
                excerptLimit,
                100));
    }

    private static String request(String time, String level, String route, int status, String extra) {
        return "{\"@timestamp\":\"2026-11-22T05:00:" + time + "Z\",\"level\":\"" + level
                + "\",\"logger_name\":\"access\","
                + "\"message\":\"request processed\",\"method\":\"GET\",\"route\":\"" + route + "\",\"status\":"
                + status
                + ",\"duration_ms\":12,\"request_id\":\"3f2c1a9e-8b7d-4c6e-9f01-23456789abcd\",\"user_id\":42" + extra
                + "}";
    }

    private Path writeLog() throws IOException {
        return Files.write(
                dir.resolve("socialapp.log"),
                List.of(
                        "{\"@timestamp\":\"2026-11-22T04:59:00.000Z\",\"level\":\"ERROR\",\"message\":\"before the run\"}",
                        request("01.000", "INFO", "/api/posts", 200, ""),
                        request("02.000", "WARN", "/api/posts", 429, ""),
                        request("03.000", "WARN", "/api/posts", 429, ""),
                        request("04.000", "WARN", "/api/auth/login", 429, ",\"query\":\"ticket=tk_abc123\""),
                        "this is not json at all",
                        "{\"@timestamp\":\"2026-11-22T05:00:05.000Z\",\"level\":\"ERROR\",\"logger_name\":\"app\","
                                + "\"message\":\"login failed for alice@example.com with {\\\"password\\\":\\\"hunter2\\\"}"
                                + " <script>alert(1)</script>\",\"stack_trace\":\"Authorization: Bearer abc.def.ghi\"}",
                        "{\"@timestamp\":\"2026-11-22T05:00:06.000Z\",\"level\":\"WARN\",\"message\":\"pool nearly exhausted\"}",
                        "{\"level\":\"ERROR\",\"message\":\"no timestamp\"}",
                        "",
                        request("07.000", "ERROR", "/api/posts/{id}", 500, ""),
                        "{\"@timestamp\":\"2026-11-22T05:02:00.000Z\",\"level\":\"ERROR\",\"message\":\"after the run\"}"));
    }

    @Test
    void countsTheWindowsErrorsWarningsAndRateLimitsAndSkipsMalformedLines() throws IOException {
        LogReport report = collector(writeLog(), 50).collect(WINDOW);

        assertThat(report.source()).isEqualTo("file");
        assertThat(report.sources())
                .extracting(h -> h.name() + ":" + h.status())
                .containsExactly("loki:" + SourceStatus.UNAVAILABLE, "file:" + SourceStatus.DEGRADED);
        assertThat(report.sources().get(1).reason())
                .contains(
                        "1 line(s) neither a JSON object nor logfmt (first at line 6)",
                        "1 line(s) without a recognised timestamp field",
                        "(first at line 9)",
                        "2 line(s) outside the run window (their times 2026-11-22T04:59:00Z to 2026-11-22T05:02:00Z)");
        assertThat(report.linesScanned()).isEqualTo(7);
        assertThat(report.malformedLines()).isEqualTo(2);
        SeverityCategory severity = report.categories().severity();
        assertThat(severity.errorCount()).isEqualTo(2);
        assertThat(severity.warnCount()).isEqualTo(1);
        assertThat(severity.serverErrorCount()).as("request lines answered 5xx").isEqualTo(1);
        assertThat(severity.excerpts())
                .extracting(LogEntry::message)
                .containsExactly(
                        "login failed for [REDACTED_EMAIL] with {\"password\":\"[REDACTED]\"} <script>alert(1)</script>",
                        "pool nearly exhausted",
                        "request processed");
        RateLimitCategory rateLimit = report.categories().rateLimit();
        assertThat(rateLimit.count()).isEqualTo(3);
        assertThat(rateLimit.byRoute()).isEqualTo(Map.of("/api/posts", 2, "/api/auth/login", 1));
    }

    @Test
    void storesNoSecretAnywhereInLogsJson() throws IOException {
        LogReport report = collector(writeLog(), 50).collect(WINDOW);

        report.writeTo(dir);

        String json = Files.readString(dir.resolve("logs.json"));
        assertThat(json)
                .doesNotContain("hunter2", "alice@example.com", "tk_abc123", "abc.def.ghi")
                .contains("<script>alert(1)</script>", "[REDACTED_EMAIL]", "ticket=[REDACTED]");
        assertThat(LogReport.readFrom(dir)).isEqualTo(report);
    }

    @Test
    void capsExcerptsButKeepsCountsComplete() throws IOException {
        LogReport report = collector(writeLog(), 1).collect(WINDOW);

        assertThat(report.excerptLimit()).isEqualTo(1);
        assertThat(report.categories().severity().excerpts()).hasSize(1);
        assertThat(report.categories().severity().errorCount()).isEqualTo(2);
        assertThat(report.categories().severity().serverErrorCount())
                .as("the 500 line is past the one kept excerpt and still counted")
                .isEqualTo(1);
        assertThat(report.categories().rateLimit().excerpts()).hasSize(1);
        assertThat(report.categories().rateLimit().count()).isEqualTo(3);
    }

    @Test
    void saysWhyWhenNeitherLokiNorTheFileIsThere() throws IOException {
        LogReport report = collector(dir.resolve("missing.log"), 50).collect(WINDOW);

        assertThat(report.source()).isEqualTo("none");
        assertThat(report.sources()).extracting(h -> h.status()).containsOnly(SourceStatus.UNAVAILABLE);
        assertThat(report.sources().get(1).reason()).endsWith("missing.log does not exist");
        assertThat(report.categories().severity().errorCount()).isZero();
    }

    @Test
    void readsAFileMixingTheConventionsOfOtherRuntimes() throws IOException {
        Path log = Files.write(
                dir.resolve("mixed.log"),
                List.of(
                        "{\"level\":30,\"time\":" + (START + 1_000)
                                + ",\"pid\":7,\"hostname\":\"web-1\",\"req\":{\"method\":\"GET\","
                                + "\"url\":\"/api/posts?limit=20\"},\"res\":{\"statusCode\":429},\"responseTime\":3,\"msg\":\"request completed\"}",
                        "{\"level\":\"error\",\"ts\":" + (START / 1000 + 2)
                                + ".25,\"caller\":\"api/h.go:9\",\"msg\":\"request failed\","
                                + "\"path\":\"/api/feed\",\"status\":503,\"latency\":0.5}",
                        "time=2026-11-22T05:00:03Z level=warning msg=\"pool nearly exhausted\" pending=12",
                        "{\"event\": \"request finished\", \"level\": \"error\", \"timestamp\": \"2026-11-22T05:00:04.000001Z\", "
                                + "\"status_code\": 500, \"path\": \"/api/users/me\"}",
                        "{\"asctime\": \"2026-11-22 05:00:05,000\", \"levelname\": \"INFO\", \"message\": \"healthy\"}"));

        LogReport report = collector(log, 50).collect(WINDOW);

        assertThat(report.sources().get(1))
                .extracting(h -> h.status(), h -> h.reason())
                .containsExactly(
                        SourceStatus.USED,
                        "5 lines of the window read from " + log
                                + "; 1 line(s) of the window with a time without offset, read as UTC");
        assertThat(report.linesScanned()).isEqualTo(5);
        assertThat(report.malformedLines()).isZero();
        SeverityCategory severity = report.categories().severity();
        assertThat(severity.errorCount()).isEqualTo(2);
        assertThat(severity.warnCount()).isEqualTo(1);
        assertThat(severity.serverErrorCount()).isEqualTo(2);
        assertThat(severity.excerpts())
                .extracting(LogEntry::message)
                .containsExactly("request failed", "pool nearly exhausted", "request finished");
        assertThat(report.categories().rateLimit().byRoute()).isEqualTo(Map.of("/api/posts", 1));
    }

    @Test
    void aFileWithNoUsableLineIsDegradedWithTheReasonsNeverUsed() throws IOException {
        Path log = Files.write(
                dir.resolve("malformed.log"),
                List.of(
                        "Started server on :3000",
                        "{\"msg\":\"listening\",\"port\":3000}",
                        "{\"msg\":\"cut in the mid",
                        "{\"time\":\"22/Nov/2026:05:00:01 +0000\",\"msg\":\"x\"}",
                        "{\"time\":\"2026-11-22T09:00:01Z\",\"msg\":\"hours after the run: a time-zone mix-up?\"}"));

        LogReport report = collector(log, 50).collect(WINDOW);

        assertThat(report.source()).isEqualTo("file");
        assertThat(report.sources().get(1).status()).isEqualTo(SourceStatus.DEGRADED);
        assertThat(report.sources().get(1).reason())
                .startsWith("no usable line of the run window in " + log + " (5 lines): ")
                .contains(
                        "1 line(s) starting like JSON but not valid JSON (first at line 3)",
                        "1 line(s) neither a JSON object nor logfmt (first at line 1)",
                        "1 line(s) without a recognised timestamp field (tried @timestamp, timestamp, time, ts, asctime; "
                                + "name yours with LOG_FIELDS=time:<field>) (first at line 2)",
                        "1 line(s) with an unparseable timestamp such as \"22/Nov/2026:05:00:01 +0000\" (first at line 4)",
                        "1 line(s) outside the run window (their times 2026-11-22T09:00:01Z to 2026-11-22T09:00:01Z)");
        assertThat(report.linesScanned()).isZero();
        assertThat(report.malformedLines()).isEqualTo(4);
    }

    @Test
    void anEmptyFileIsDegradedNotUsed() throws IOException {
        Path log = Files.write(dir.resolve("empty.log"), List.of("", "  "));

        LogReport report = collector(log, 50).collect(WINDOW);

        assertThat(report.sources().get(1))
                .extracting(h -> h.status(), h -> h.reason())
                .containsExactly(SourceStatus.DEGRADED, log + " has no lines");
    }

    @Test
    void aFieldMappingReadsAnUnknownFormat() throws IOException {
        Path log = Files.write(
                dir.resolve("custom.log"),
                List.of(
                        "{\"when\":\"2026-11-22T05:00:01Z\",\"sev\":\"ERROR\",\"text\":\"boom\",\"code\":502,\"endpoint\":\"/x\"}"));
        LogSettings settings = new LogSettings(
                URI.create(closedLokiUrl()),
                LogSettings.DEFAULT_LOKI_SELECTOR,
                log,
                Duration.ofSeconds(2),
                LogSettings.DEFAULT_EXCERPT_LIMIT,
                100,
                LogFieldMapping.parse("time:when,level:sev,message:text,status:code,route:endpoint"));

        LogReport report = new LogCollector(settings).collect(WINDOW);

        assertThat(report.linesScanned()).isEqualTo(1);
        assertThat(report.categories().severity().excerpts())
                .extracting(LogEntry::message, LogEntry::status, LogEntry::route)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("boom", 502, "/x"));
    }

    @Test
    void aLineBeyondTheCapIsCountedAndTheLinesAfterItAreRead() throws IOException {
        Path log = dir.resolve("long.log");
        Files.writeString(
                log,
                "{\"@timestamp\":\"2026-11-22T05:00:01Z\",\"level\":\"ERROR\",\"message\":\""
                        + "x".repeat(Redactor.MAX_CHARS) + "\"}\n"
                        + "{\"@timestamp\":\"2026-11-22T05:00:02Z\",\"level\":\"ERROR\",\"message\":\"after\"}\n");

        LogReport report = collector(log, 50).collect(WINDOW);

        assertThat(report.sources().get(1).reason())
                .contains("1 line(s) longer than " + Redactor.MAX_CHARS + " characters (first at line 1)");
        assertThat(report.categories().severity().excerpts())
                .extracting(LogEntry::message)
                .containsExactly("after");
    }
}
