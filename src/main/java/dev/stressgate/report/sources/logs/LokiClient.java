package dev.stressgate.report.sources.logs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stressgate.report.sources.QueryApi;
import dev.stressgate.report.sources.SourceFailure;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Client of Loki's {@code GET /loki/api/v1/query_range} for log queries. Success is
 * {@code {"status":"success","data":{"resultType":"streams","result":[{"stream":{..},"values":[["<ns>","<line>"]]}]}}};
 * Loki reports query errors as HTTP 4xx/5xx with a plain-text body, and Prometheus-compatible front ends as
 * {@code {"status":"error","errorType":..,"error":..}}. Every failure becomes a {@link SourceFailure}.
 */
final class LokiClient {

    private static final String LOG_QUERY_RESULT = "a log query result";
    private static final Pattern NANOS = Pattern.compile("\\d{1,19}");
    private static final String MAX_NANOS = Long.toString(Long.MAX_VALUE);

    private final QueryApi api;

    LokiClient(URI baseUrl, Duration timeout) {
        this.api = new QueryApi("Loki", baseUrl, timeout);
    }

    /** Lines from {@code startNanos} (inclusive) to {@code endNanos} (exclusive), oldest first, at most {@code limit}. */
    List<LokiLine> queryRange(String logql, long startNanos, long endNanos, int limit) throws SourceFailure {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("query", logql);
        parameters.put("start", Long.toString(startNanos));
        parameters.put("end", Long.toString(endNanos));
        parameters.put("limit", Integer.toString(limit));
        parameters.put("direction", "forward");
        JsonNode data = api.data("/loki/api/v1/query_range", parameters, LOG_QUERY_RESULT);
        if (!"streams".equals(data.path("resultType").asText())
                || !data.path("result").isArray()) {
            throw api.notA(LOG_QUERY_RESULT, data.toString());
        }
        return lines(data.get("result"));
    }

    private static List<LokiLine> lines(JsonNode result) throws SourceFailure {
        List<LokiLine> lines = new ArrayList<>();
        for (JsonNode stream : result) {
            Map<String, String> labels = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = stream.path("stream").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                labels.put(field.getKey(), field.getValue().asText());
            }
            for (JsonNode value : stream.path("values")) {
                lines.add(new LokiLine(nanos(value), labels, value.get(1).asText()));
            }
        }
        lines.sort(Comparator.comparingLong(LokiLine::epochNanos));
        return lines;
    }

    /** The timestamp of a stream value {@code ["<ns>", "<line>"]}; anything else is a failure of the source. */
    private static long nanos(JsonNode value) throws SourceFailure {
        String nanos = value.path(0).asText();
        boolean fitsLong = nanos.length() < MAX_NANOS.length() || nanos.compareTo(MAX_NANOS) <= 0;
        if (NANOS.matcher(nanos).matches() && fitsLong && value.path(1).isTextual()) {
            return Long.parseLong(nanos);
        }
        throw new SourceFailure("Loki answered a stream value that is not [\"<ns>\", \"<line>\"]: "
                + QueryApi.abbreviate(value.toString()));
    }
}
