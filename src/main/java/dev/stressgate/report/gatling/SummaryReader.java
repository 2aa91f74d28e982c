package dev.stressgate.report.gatling;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a {@code summary.json} written by {@link SummaryWriter} back into a {@link RunSummary}. */
public final class SummaryReader {

    private static final String SECONDS_FIELD = "seconds";
    private static final String REQUEST_ERROR_SECONDS_FIELD = "request_error_seconds";
    private static final String HISTOGRAM_FIELD = "latency_histogram";
    private static final String INJECTOR_REQUESTS_FIELD = "request_stats";
    private static final String INJECTOR_RUNS_FIELD = "injector_runs";
    private static final String REALTIME_FIELD = "realtime";
    private static final String SOCKETS_FIELD = "sockets";

    private final ObjectMapper mapper = SummaryJson.mapper();

    /** Whether {@code runDirectory} holds a {@code summary.json} (the report step has summarized the run). */
    public boolean existsIn(Path runDirectory) {
        return Files.isRegularFile(runDirectory.resolve(SummaryJson.FILE_NAME));
    }

    /** Reads {@code summary.json} from {@code runDirectory}. */
    public RunSummary readFrom(Path runDirectory) throws IOException {
        return read(runDirectory.resolve(SummaryJson.FILE_NAME));
    }

    public RunSummary read(Path file) throws IOException {
        try {
            JsonNode tree = mapper.readTree(file.toFile());
            if (tree instanceof ObjectNode summary) {
                withoutDistributionsAsNull(summary);
            }
            return checked(file, mapper.treeToValue(tree, RunSummary.class));
        } catch (JsonProcessingException e) {
            throw invalid(file, e);
        }
    }

    /**
     * Reads {@code summary.json} from {@code runDirectory} without its per-second series, which is most of a long
     * run's file (86,400 seconds for a day): the series and the realtime socket samples (one a sample interval)
     * come back empty, and the per-request error seconds come back null. For readers that need only the totals, such as the run index and the
     * baseline.
     */
    public RunSummary readTotalsFrom(Path runDirectory) throws IOException {
        Path file = runDirectory.resolve(SummaryJson.FILE_NAME);
        try (JsonParser parser = mapper.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return read(file);
            }
            ObjectNode totals = mapper.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (SECONDS_FIELD.equals(field)) {
                    parser.skipChildren();
                    totals.putArray(SECONDS_FIELD);
                } else if (REQUEST_ERROR_SECONDS_FIELD.equals(field)) {
                    parser.skipChildren();
                } else if (REALTIME_FIELD.equals(field)) {
                    JsonNode realtime = mapper.readTree(parser);
                    if (realtime instanceof ObjectNode stats) {
                        stats.putArray(SOCKETS_FIELD);
                    }
                    totals.set(field, realtime);
                } else {
                    totals.set(field, mapper.readTree(parser));
                }
            }
            withoutDistributionsAsNull(totals);
            return checked(file, mapper.treeToValue(totals, RunSummary.class));
        } catch (JsonProcessingException e) {
            throw invalid(file, e);
        }
    }

    /**
     * Summaries written before {@link ResponseStats#latencyHistogram()}, {@link RunSummary#requestErrorSeconds()},
     * the injector runs or {@link RunSummary#realtime()} existed have no such fields; every other field stays required, so these are set to null explicitly where they
     * are absent.
     */
    private static void withoutDistributionsAsNull(ObjectNode summary) {
        if (!summary.has(REQUEST_ERROR_SECONDS_FIELD)) {
            summary.putNull(REQUEST_ERROR_SECONDS_FIELD);
        }
        nullHistogramIfAbsent(summary.get("global"));
        for (JsonNode injector : summary.path("injectors")) {
            if (injector instanceof ObjectNode log && !log.has(INJECTOR_REQUESTS_FIELD)) {
                log.putNull(INJECTOR_REQUESTS_FIELD);
            }
            nullHistogramIfAbsent(injector.get(INJECTOR_REQUESTS_FIELD));
        }
        if (!summary.has(INJECTOR_RUNS_FIELD)) {
            summary.putNull(INJECTOR_RUNS_FIELD);
        }
        if (!summary.has(REALTIME_FIELD)) {
            summary.putNull(REALTIME_FIELD);
        }
        for (JsonNode request : summary.path("requests")) {
            nullHistogramIfAbsent(request.get("stats"));
        }
        for (JsonNode group : summary.path("groups")) {
            nullHistogramIfAbsent(group.get("cumulated_response_time"));
            nullHistogramIfAbsent(group.get("duration"));
        }
    }

    private static void nullHistogramIfAbsent(JsonNode stats) {
        if (stats instanceof ObjectNode object && !object.has(HISTOGRAM_FIELD)) {
            object.putNull(HISTOGRAM_FIELD);
        }
    }

    private static RunSummary checked(Path file, RunSummary summary) throws InvalidSummaryException {
        if (summary == null) {
            throw new InvalidSummaryException(file, "empty summary.json", null);
        }
        if (summary.schemaVersion() != RunSummary.SCHEMA_VERSION) {
            throw new InvalidSummaryException(
                    file,
                    "schema_version " + summary.schemaVersion() + ", expected " + RunSummary.SCHEMA_VERSION,
                    null);
        }
        return summary;
    }

    private static InvalidSummaryException invalid(Path file, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where =
                location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new InvalidSummaryException(file, "not a valid summary.json" + where + ": " + e.getOriginalMessage(), e);
    }
}
