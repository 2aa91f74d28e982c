package dev.stressgate.report.sources.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** One line as each logger really writes it, read without configuration. */
class StructuredLogParserTest {

    private final StructuredLogParser parser = new StructuredLogParser(LogFieldMapping.NONE);

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private LogEntry read(String line) {
        LineReading reading = parser.read(line, OptionalLong.empty());
        assertThat(reading).isInstanceOf(LineReading.Read.class);
        return ((LineReading.Read) reading).entry();
    }

    private LineReading.Unreadable unreadable(String line) {
        LineReading reading = parser.read(line, OptionalLong.empty());
        assertThat(reading).isInstanceOf(LineReading.Unreadable.class);
        return (LineReading.Unreadable) reading;
    }

    @Test
    void logstashLogbackEncoder() {
        LogEntry entry = read(
                "{\"@timestamp\":\"2024-11-22T05:00:01.234Z\",\"@version\":\"1\",\"message\":\"request processed\","
                        + "\"logger_name\":\"access\",\"thread_name\":\"qtp-12\",\"level\":\"WARN\",\"level_value\":30000,"
                        + "\"method\":\"POST\",\"route\":\"/api/posts\",\"status\":429,\"duration_ms\":3}");

        assertThat(entry)
                .isEqualTo(new LogEntry(
                        at("2024-11-22T05:00:01.234Z"),
                        "WARN",
                        "request processed",
                        "/api/posts",
                        429,
                        3.0,
                        entry.line()));
    }

    @Test
    void ecsWithNestedObjects() {
        LogEntry entry = read(
                "{\"@timestamp\":\"2024-11-22T05:00:01.234Z\",\"log.level\":\"error\",\"message\":\"handler failed\","
                        + "\"ecs.version\":\"8.10.0\",\"service.name\":\"api\",\"http\":{\"request\":{\"method\":\"GET\"},"
                        + "\"response\":{\"status_code\":503}},\"url\":{\"path\":\"/api/feed\",\"query\":\"page=2\"},"
                        + "\"event\":{\"duration\":12300000}}");

        assertThat(entry)
                .extracting(LogEntry::level, LogEntry::message, LogEntry::status, LogEntry::route, LogEntry::durationMs)
                .containsExactly("ERROR", "handler failed", 503, "/api/feed", 12.3);
    }

    @Test
    void ecsWithDottedKeys() {
        LogEntry entry =
                read("{\"@timestamp\":\"2024-11-22T05:00:01.234Z\",\"log.level\":\"WARN\",\"message\":\"slow\","
                        + "\"http.response.status_code\":200,\"url.path\":\"/api/users/7\",\"log.logger\":\"web\"}");

        assertThat(entry)
                .extracting(LogEntry::level, LogEntry::status, LogEntry::route)
                .containsExactly("WARN", 200, "/api/users/7");
    }

    @Test
    void pinoHttp() {
        LogEntry entry = read(
                "{\"level\":30,\"time\":1732251601234,\"pid\":4242,\"hostname\":\"web-1\",\"req\":{\"id\":7,"
                        + "\"method\":\"GET\",\"url\":\"/api/posts?limit=20&cursor=abc\",\"headers\":{\"host\":\"localhost:3000\"}},"
                        + "\"res\":{\"statusCode\":500,\"headers\":{}},\"responseTime\":42,\"msg\":\"request completed\"}");

        assertThat(entry)
                .isEqualTo(new LogEntry(
                        at("2024-11-22T05:00:01.234Z"),
                        "INFO",
                        "request completed",
                        "/api/posts",
                        500,
                        42.0,
                        entry.line()));
        assertThat(entry.isServerError()).isTrue();
    }

    @Test
    void bunyan() {
        LogEntry entry = read("{\"name\":\"api\",\"hostname\":\"web-1\",\"pid\":4242,\"level\":50,\"err\":{\"message\":"
                + "\"connect ECONNREFUSED\",\"name\":\"Error\",\"stack\":\"Error: connect ECONNREFUSED\\n    at x\"},"
                + "\"msg\":\"db unavailable\",\"time\":\"2024-11-22T05:00:02.345Z\",\"v\":0}");

        assertThat(entry)
                .extracting(LogEntry::epochMs, LogEntry::level, LogEntry::message)
                .containsExactly(at("2024-11-22T05:00:02.345Z"), "ERROR", "db unavailable");
        assertThat(entry.isError()).isTrue();
    }

    @Test
    void zapProductionEpochSecondsAndSecondsLatency() {
        LogEntry entry = read("{\"level\":\"error\",\"ts\":1732251603.4567891,\"caller\":\"api/handler.go:88\","
                + "\"msg\":\"request failed\",\"method\":\"POST\",\"path\":\"/api/posts/17/comments\",\"status\":502,"
                + "\"latency\":0.0123,\"stacktrace\":\"main.handler\\n\\t/app/handler.go:88\"}");

        assertThat(entry)
                .isEqualTo(new LogEntry(
                        at("2024-11-22T05:00:03.456Z"),
                        "ERROR",
                        "request failed",
                        "/api/posts/17/comments",
                        502,
                        12.3,
                        entry.line()));
    }

    @Test
    void zapIso8601WithCompactOffsetAndGoDuration() {
        LogEntry entry = read("{\"level\":\"warn\",\"ts\":\"2024-11-22T06:00:03.456+0100\",\"logger\":\"http\","
                + "\"msg\":\"slow request\",\"path\":\"/api/feed\",\"status\":200,\"latency\":\"1m2.5s\"}");

        assertThat(entry)
                .extracting(LogEntry::epochMs, LogEntry::level, LogEntry::durationMs)
                .containsExactly(at("2024-11-22T05:00:03.456Z"), "WARN", 62_500.0);
    }

    @Test
    void logrusJsonWithWarningLevel() {
        LogEntry entry = read("{\"duration\":\"850µs\",\"level\":\"warning\",\"msg\":\"rate limited\","
                + "\"path\":\"/api/feed\",\"status\":429,\"time\":\"2024-11-22T06:00:04+01:00\"}");

        assertThat(entry)
                .isEqualTo(new LogEntry(
                        at("2024-11-22T05:00:04Z"), "WARN", "rate limited", "/api/feed", 429, 0.85, entry.line()));
        assertThat(entry.isRateLimited()).isTrue();
    }

    @Test
    void aTimeWithoutOffsetIsMarkedAsReadAsUtcAndOneWithAnOffsetIsNot() {
        LineReading withoutOffset =
                parser.read("{\"asctime\": \"2024-11-22 05:00:05,678\", \"message\": \"x\"}", OptionalLong.empty());
        LineReading withOffset = parser.read(
                "{\"timestamp\": \"2024-11-22T05:00:05.678+00:00\", \"message\": \"x\"}", OptionalLong.empty());

        assertThat((LineReading.Read) withoutOffset)
                .extracting(r -> r.entry().epochMs(), LineReading.Read::utcAssumed)
                .containsExactly(at("2024-11-22T05:00:05.678Z"), true);
        assertThat((LineReading.Read) withOffset)
                .extracting(r -> r.entry().epochMs(), LineReading.Read::utcAssumed)
                .containsExactly(at("2024-11-22T05:00:05.678Z"), false);
    }

    @Test
    void pythonJsonLoggerAsctimeWithCommaMillisIsReadAsUtc() {
        LogEntry entry =
                read("{\"asctime\": \"2024-11-22 05:00:05,678\", \"name\": \"app.db\", \"levelname\": \"CRITICAL\", "
                        + "\"message\": \"pool exhausted\"}");

        assertThat(entry)
                .extracting(LogEntry::epochMs, LogEntry::level, LogEntry::message)
                .containsExactly(at("2024-11-22T05:00:05.678Z"), "FATAL", "pool exhausted");
        assertThat(entry.isError()).isTrue();
    }

    @Test
    void structlogJsonRenderer() {
        LogEntry entry = read(
                "{\"status_code\": 500, \"path\": \"/api/posts\", \"duration\": 0.25, "
                        + "\"event\": \"request finished\", \"level\": \"error\", \"timestamp\": \"2024-11-22T05:00:06.789012Z\"}");

        assertThat(entry)
                .isEqualTo(new LogEntry(
                        at("2024-11-22T05:00:06.789Z"),
                        "ERROR",
                        "request finished",
                        "/api/posts",
                        500,
                        250.0,
                        entry.line()));
    }

    @Test
    void logfmtAsLogrusTextFormatterWritesIt() {
        LogEntry entry = read("time=\"2024-11-22T05:00:07Z\" level=error msg=\"upstream timeout\" method=GET "
                + "path=\"/api/feed?page=2\" status=504 duration=850ms");

        assertThat(entry)
                .isEqualTo(new LogEntry(
                        at("2024-11-22T05:00:07Z"),
                        "ERROR",
                        "upstream timeout",
                        "/api/feed",
                        504,
                        850.0,
                        entry.line()));
    }

    @Test
    void logfmtAsGoSlogTextHandlerWritesItWithAFullUrl() {
        LogEntry entry = read("time=2024-11-22T05:00:07.123+00:00 level=WARN msg=\"rate limited\" status=429 "
                + "url=http://api.local:8080/api/posts?x=1 latency=12.5ms");

        assertThat(entry)
                .extracting(LogEntry::epochMs, LogEntry::status, LogEntry::route, LogEntry::durationMs)
                .containsExactly(at("2024-11-22T05:00:07.123Z"), 429, "/api/posts", 12.5);
    }

    @Test
    void gelfWithSyslogSeverityAndShortMessage() {
        // Spring Boot 3.4's logging.structured.format=gelf, Graylog's input: level is a syslog severity (3 = error).
        LogEntry entry = read("{\"version\":\"1.1\",\"host\":\"api-1\",\"short_message\":\"handler failed\","
                + "\"timestamp\":1732251601.234,\"level\":3,\"_status\":503}");

        assertThat(entry)
                .extracting(LogEntry::epochMs, LogEntry::level, LogEntry::message)
                .containsExactly(at("2024-11-22T05:00:01.234Z"), "ERROR", "handler failed");
        assertThat(read("{\"short_message\":\"x\",\"timestamp\":1732251601.234,\"level\":6}")
                        .level())
                .isEqualTo("INFO");
        assertThat(read("{\"short_message\":\"x\",\"timestamp\":1732251601.234,\"level\":4}")
                        .level())
                .isEqualTo("WARN");
    }

    @Test
    void aDurationInSecondsWithMoreThanTwelveDecimalsAsPythonWritesItIsRead() {
        // json.dumps of a time.perf_counter() difference
        LogEntry entry = read("{\"timestamp\":\"2024-11-22T05:00:01.234Z\",\"level\":\"info\",\"event\":\"done\","
                + "\"duration_s\":0.012345678901234567}");

        assertThat(entry.durationMs()).isCloseTo(12.345678901234567, within(1e-9));
    }

    @Test
    void aBareIntegerDurationWithoutUnitIsLeftOutNotGuessed() {
        LogEntry entry = read("{\"time\":\"2024-11-22T05:00:08.123456789Z\",\"level\":\"ERROR\",\"msg\":\"request\","
                + "\"status\":500,\"duration\":12345678}");

        assertThat(entry.epochMs()).isEqualTo(at("2024-11-22T05:00:08.123Z"));
        assertThat(entry.durationMs()).isNull();
    }

    @Test
    void aStatusThatIsNoHttpStatusIsIgnored() {
        LogEntry entry = read("{\"ts\":1732251600,\"msg\":\"job\",\"status\":\"success\",\"status_code\":\"201\"}");

        assertThat(entry.epochMs()).isEqualTo(at("2024-11-22T05:00:00Z"));
        assertThat(entry.status()).isEqualTo(201);
        assertThat(entry.level()).isNull();
    }

    @Test
    void aMappingNamesFieldsNoConventionKnows() {
        StructuredLogParser mapped = new StructuredLogParser(LogFieldMapping.parse(
                "time:when, level:sev, message:text, status:code, route:endpoint, duration_ms:elapsed"));

        LineReading reading = mapped.read(
                "{\"when\":\"2024-11-22T05:00:09Z\",\"sev\":\"err\",\"text\":\"boom\","
                        + "\"code\":503,\"endpoint\":\"/x/y\",\"elapsed\":12}",
                OptionalLong.empty());

        assertThat(((LineReading.Read) reading).entry())
                .extracting(
                        LogEntry::epochMs,
                        LogEntry::level,
                        LogEntry::message,
                        LogEntry::status,
                        LogEntry::route,
                        LogEntry::durationMs)
                .containsExactly(at("2024-11-22T05:00:09Z"), "ERROR", "boom", 503, "/x/y", 12.0);
    }

    @Test
    void aBadMappingSaysWhatItExpects() {
        assertThatThrownBy(() -> LogFieldMapping.parse("time:ts,stauts:code"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOG_FIELDS: unknown field 'stauts' in 'stauts:code'")
                .hasMessageContaining("time, level, message, status, route, duration");
        assertThatThrownBy(() -> LogFieldMapping.parse("time:"))
                .hasMessageContaining("LOG_FIELDS: 'time:' has no name");
    }

    @Test
    void unreadableLinesSayWhy() {
        assertThat(unreadable("plain text, as a println writes it").reason())
                .isEqualTo(UnreadableReason.NOT_STRUCTURED);
        assertThat(unreadable("{\"msg\":\"cut in the mid").reason()).isEqualTo(UnreadableReason.MALFORMED_JSON);
        assertThat(unreadable("[1,2,3]").reason()).isEqualTo(UnreadableReason.NOT_STRUCTURED);
        assertThat(unreadable("{\"level\":\"error\",\"msg\":\"no time\"}").reason())
                .isEqualTo(UnreadableReason.NO_TIMESTAMP);
        assertThat(unreadable("{\"time\":\"22/Nov/2024:05:00:01 +0000\",\"msg\":\"x\"}"))
                .isEqualTo(new LineReading.Unreadable(
                        UnreadableReason.UNPARSEABLE_TIMESTAMP, "22/Nov/2024:05:00:01 +0000"));
    }

    @Test
    void lokiLinesWithoutTimeTakeLokisTimestamp() {
        LineReading reading = parser.read("level=error msg=\"no time here\"", OptionalLong.of(1_000L));

        assertThat(((LineReading.Read) reading).entry())
                .extracting(LogEntry::epochMs, LogEntry::level)
                .containsExactly(1_000L, "ERROR");
    }
}
