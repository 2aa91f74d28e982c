package dev.stressgate.report.sources.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.sources.SourceFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
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

    private final URI baseUrl;
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper mapper = new ObjectMapper();

    PrometheusClient(URI baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
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
            throw new SourceFailure("unexpected answer from " + baseUrl + ": expected data.resultType 'matrix' with a"
                    + " result array, got '" + data.path("resultType").asText() + "'");
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
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&")
                .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        URI uri = URI.create(baseUrl.toString().replaceAll("/+$", "") + path + "?" + query);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SourceFailure("Prometheus at " + baseUrl + " did not answer within " + timeout.toMillis() + " ms", e);
        } catch (ConnectException e) {
            throw new SourceFailure("Prometheus at " + baseUrl + " is unreachable (connection refused)", e);
        } catch (IOException e) {
            throw new SourceFailure("Prometheus at " + baseUrl + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure("interrupted while querying Prometheus at " + baseUrl, e);
        }
        JsonNode body;
        try {
            body = mapper.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (body != null && "error".equals(body.path("status").asText())) {
            throw new SourceFailure("Prometheus refused the query (HTTP " + response.statusCode() + ", "
                    + body.path("errorType").asText("unknown") + "): " + body.path("error").asText());
        }
        if (response.statusCode() != 200) {
            throw new SourceFailure("Prometheus answered HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        if (body == null || !"success".equals(body.path("status").asText()) || !body.has("data")) {
            throw new SourceFailure("Prometheus at " + baseUrl + " answered something that is not a Prometheus API"
                    + " response: " + abbreviate(response.body()));
        }
        return body.get("data");
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

    private static String abbreviate(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }
}
