package dev.stressgate.report.sources.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stressgate.report.sources.QueryApi;
import dev.stressgate.report.sources.SourceFailure;
import dev.stressgate.run.http.OutboundFailure;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Client of the Prometheus HTTP API ({@code /api/v1/query}, {@code /api/v1/query_range}). Every failure
 * (unreachable, timeout, HTTP error, {@code "status":"error"}, unexpected body) becomes a {@link SourceFailure}
 * whose message says what happened.
 */
final class PrometheusClient {

    private final QueryApi api;

    PrometheusClient(URI baseUrl, Duration timeout) {
        this.api = new QueryApi("Prometheus", baseUrl, timeout);
    }

    /** Runs a range query; answers one line per returned series (labels without {@code __name__}). */
    List<SeriesLine> queryRange(String promql, long startMs, long endMs, Duration step) throws SourceFailure {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("query", promql);
        parameters.put("start", seconds(startMs));
        parameters.put("end", seconds(endMs));
        parameters.put("step", seconds(step.toMillis()));
        JsonNode data = get("/api/v1/query_range", parameters);
        JsonNode result = data.path("result");
        if (!"matrix".equals(data.path("resultType").asText()) || !result.isArray()) {
            throw new SourceFailure("unexpected answer from " + OutboundFailure.displayed(api.baseUrl())
                    + ": expected data.resultType 'matrix' with a" + " result array, got '"
                    + QueryApi.abbreviate(data.path("resultType").asText()) + "'");
        }
        List<SeriesLine> lines = new ArrayList<>();
        for (JsonNode series : result) {
            Map<String, String> labels = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = series.path("metric").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("__name__")) {
                    labels.put(field.getKey(), field.getValue().asText());
                }
            }
            List<Point> points = new ArrayList<>();
            for (JsonNode pair : series.path("values")) {
                double value = parseValue(pair.path(1).asText());
                if (Double.isFinite(value)) {
                    points.add(new Point(Math.round(pair.path(0).asDouble() * 1000), value));
                }
            }
            lines.add(new SeriesLine(labels, points));
        }
        return lines;
    }

    private JsonNode get(String path, Map<String, String> parameters) throws SourceFailure {
        return api.data(path, parameters, "a Prometheus API response");
    }

    private static double parseValue(String text) {
        switch (text) {
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
        }
    }

    private static String seconds(long millis) {
        return java.math.BigDecimal.valueOf(millis, 3).toPlainString();
    }
}
