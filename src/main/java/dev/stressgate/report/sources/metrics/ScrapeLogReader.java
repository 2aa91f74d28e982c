package dev.stressgate.report.sources.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.sources.QueryApi;
import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.exposition.Exposition;
import dev.stressgate.report.sources.exposition.ExpositionParseException;
import dev.stressgate.report.sources.exposition.MetricType;
import dev.stressgate.report.sources.exposition.PrometheusTextParser;
import dev.stressgate.report.sources.exposition.Sample;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads scrape.jsonl ({@code {"ts_ms":..,"duration_ms":..,"status":200,"body":"<text exposition>"}} or
 * {@code {"ts_ms":..,"error":".."}} per line; {@code error} is the sampler's cause, e.g. "HTTP 404 from ...").
 * A bad line (not UTF-8, not JSON, no time, no valid exposition) is skipped and reported with its line number; it
 * never stops the others from being read.
 */
public final class ScrapeLogReader {

    private final ObjectMapper mapper = new ObjectMapper();
    private final PrometheusTextParser parser = new PrometheusTextParser();

    public ScrapeLog read(Path file, RunWindow window) throws IOException {
        List<TimedExposition> scrapes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int failed = 0;
        JsonNode lastFailure = null;
        List<Long> failureTimes = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] bytes;
            int lineNumber = 0;
            while ((bytes = nextLine(in)) != null) {
                lineNumber++;
                String where = file.getFileName() + " line " + lineNumber;
                String line;
                try {
                    line = StandardCharsets.UTF_8
                            .newDecoder()
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
                } catch (CharacterCodingException e) {
                    problems.add(where + ": not UTF-8 text");
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record;
                try {
                    record = mapper.readTree(line);
                } catch (JsonProcessingException e) {
                    problems.add(where + ": not JSON (" + e.getOriginalMessage() + ")");
                    continue;
                }
                JsonNode ts = record.get("ts_ms");
                if (ts == null || !ts.canConvertToLong()) {
                    problems.add(where + ": field 'ts_ms' missing or not an integer");
                    continue;
                }
                if (!window.contains(ts.asLong())) {
                    continue;
                }
                JsonNode body = record.get("body");
                if (record.hasNonNull("error")
                        || record.path("status").asInt(200) != 200
                        || body == null
                        || !body.isTextual()) {
                    failed++;
                    lastFailure = record;
                    failureTimes.add(ts.asLong());
                    continue;
                }
                try {
                    Exposition exposition = parser.parse(body.asText());
                    impossibleCounter(exposition)
                            .ifPresent(
                                    sample -> problems.add(
                                            where + ": counter "
                                                    + sample.name() + sample.labels() + " = " + sample.value()
                                                    + " is impossible (a counter is finite and never negative); left out of the rates"));
                    JsonNode duration = record.get("duration_ms");
                    scrapes.add(new TimedExposition(
                            ts.asLong(),
                            exposition,
                            duration != null && duration.canConvertToLong() && duration.asLong() >= 0
                                    ? duration.asLong()
                                    : null));
                } catch (ExpositionParseException e) {
                    problems.add(where + ": body is not valid Prometheus text: " + e.getMessage());
                }
            }
        }
        scrapes.sort(Comparator.comparingLong(TimedExposition::epochMs));
        failureTimes.sort(null);
        return new ScrapeLog(
                scrapes, failed, problems, lastFailure == null ? null : failureCause(lastFailure), failureTimes);
    }

    /** What the sampler recorded as the cause (redacted, cut), or the status when it recorded none. */
    private static String failureCause(JsonNode record) {
        if (record.hasNonNull("error")) {
            return QueryApi.abbreviate(record.get("error").asText());
        }
        if (record.has("status") && record.path("status").asInt(200) != 200) {
            return "HTTP " + record.path("status").asText();
        }
        return "no body recorded";
    }

    /** The first counter-like sample (counter, histogram bucket/count) a counter cannot have, if any. */
    private static Optional<Sample> impossibleCounter(Exposition exposition) {
        return exposition.samples().stream()
                .filter(s -> !Double.isFinite(s.value()) || s.value() < 0)
                .filter(s -> exposition.typeOf(s.name()) == MetricType.COUNTER
                        || (exposition.typeOf(s.name()) == MetricType.HISTOGRAM
                                && !s.name().endsWith("_sum")))
                .findFirst();
    }

    /** The bytes of the next line without its line end, or null at the end of the file. */
    private static byte[] nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }
}
