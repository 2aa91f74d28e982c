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

    private static final long START = java.time.Instant.parse("2026-11-22T05:00:00Z").toEpochMilli();
    private static final RunWindow WINDOW = new RunWindow(START, START + 60_000);

    @TempDir
    Path dir;

    private LogCollector collector(Path logFile, int excerptLimit) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return new LogCollector(new LogSettings(URI.create("http://127.0.0.1:" + closedPort),
                LogSettings.DEFAULT_LOKI_SELECTOR, logFile, Duration.ofSeconds(2), excerptLimit, 100));
    }

    private static String request(String time, String level, String route, int status, String extra) {
        return "{\"@timestamp\":\"2026-11-22T05:00:" + time + "Z\",\"level\":\"" + level + "\",\"logger_name\":\"access\","
                + "\"message\":\"request processed\",\"method\":\"GET\",\"route\":\"" + route + "\",\"status\":" + status
                + ",\"duration_ms\":12,\"request_id\":\"3f2c1a9e-8b7d-4c6e-9f01-23456789abcd\",\"user_id\":42" + extra + "}";
    }

    private Path writeLog() throws IOException {
        return Files.write(dir.resolve("socialapp.log"), List.of(
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
        assertThat(report.sources()).extracting(h -> h.name() + ":" + h.status())
                .containsExactly("loki:" + SourceStatus.UNAVAILABLE, "file:" + SourceStatus.DEGRADED);
        assertThat(report.sources().get(1).reason()).contains("2 line(s) skipped", "first at line 6");
        assertThat(report.linesScanned()).isEqualTo(7);
        assertThat(report.malformedLines()).isEqualTo(2);
        SeverityCategory severity = report.categories().severity();
        assertThat(severity.errorCount()).isEqualTo(2);
        assertThat(severity.warnCount()).isEqualTo(1);
        assertThat(severity.serverErrorCount()).as("request lines answered 5xx").isEqualTo(1);
        assertThat(severity.excerpts()).extracting(LogEntry::message)
                .containsExactly("login failed for [REDACTED_EMAIL] with {\"password\":\"[REDACTED]\"} <script>alert(1)</script>",
                        "pool nearly exhausted", "request processed");
        RateLimitCategory rateLimit = report.categories().rateLimit();
        assertThat(rateLimit.count()).isEqualTo(3);
        assertThat(rateLimit.byRoute()).isEqualTo(Map.of("/api/posts", 2, "/api/auth/login", 1));
    }

    @Test
    void storesNoSecretAnywhereInLogsJson() throws IOException {
        LogReport report = collector(writeLog(), 50).collect(WINDOW);

        report.writeTo(dir);

        String json = Files.readString(dir.resolve("logs.json"));
        assertThat(json).doesNotContain("hunter2", "alice@example.com", "tk_abc123", "abc.def.ghi")
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
                .as("the 500 line is past the one kept excerpt and still counted").isEqualTo(1);
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
}
