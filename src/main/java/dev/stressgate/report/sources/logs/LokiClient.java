package dev.stressgate.report.sources.logs;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Client of Loki's {@code GET /loki/api/v1/query_range} for log queries. Success is
 * {@code {"status":"success","data":{"resultType":"streams","result":[{"stream":{..},"values":[["<ns>","<line>"]]}]}}};
 * Loki reports query errors as HTTP 4xx/5xx with a plain-text body, and Prometheus-compatible front ends as
 * {@code {"status":"error","errorType":..,"error":..}}. Every failure becomes a {@link SourceFailure}.
 */
final class LokiClient {

    private final URI baseUrl;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();

    LokiClient(URI baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Lines from {@code startNanos} (inclusive) to {@code endNanos} (exclusive), oldest first, at most {@code limit}. */
    List<LokiLine> queryRange(String logql, long startNanos, long endNanos, int limit) throws SourceFailure {
        String query = "query=" + URLEncoder.encode(logql, StandardCharsets.UTF_8)
                + "&start=" + startNanos + "&end=" + endNanos + "&limit=" + limit + "&direction=forward";
        URI uri = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/loki/api/v1/query_range?" + query);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
        JsonNode body;
        try {
            body = mapper.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (body != null && "error".equals(body.path("status").asText())) {
            throw new SourceFailure("Loki refused the query (HTTP " + response.statusCode() + ", "
                    + body.path("errorType").asText("unknown") + "): " + body.path("error").asText());
        }
        if (response.statusCode() != 200) {
            throw new SourceFailure("Loki answered HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        JsonNode data = body == null ? null : body.get("data");
        if (data == null || !"success".equals(body.path("status").asText())
                || !"streams".equals(data.path("resultType").asText()) || !data.path("result").isArray()) {
            throw new SourceFailure("Loki at " + baseUrl + " answered something that is not a log query result: "
                    + abbreviate(response.body()));
        }
        return lines(data.get("result"));
    }

    private HttpResponse<String> send(HttpRequest request) throws SourceFailure {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SourceFailure("Loki at " + baseUrl + " did not answer within " + timeout.toMillis() + " ms", e);
        } catch (ConnectException e) {
            throw new SourceFailure("Loki at " + baseUrl + " is unreachable (connection refused)", e);
        } catch (IOException e) {
            throw new SourceFailure("Loki at " + baseUrl + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure("interrupted while querying Loki at " + baseUrl, e);
        }
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
                String nanos = value.path(0).asText();
                if (!nanos.matches("\\d{1,19}") || !value.path(1).isTextual()) {
                    throw new SourceFailure("Loki answered a stream value that is not [\"<ns>\", \"<line>\"]: "
                            + abbreviate(value.toString()));
                }
                lines.add(new LokiLine(Long.parseLong(nanos), labels, value.get(1).asText()));
            }
        }
        lines.sort(Comparator.comparingLong(LokiLine::epochNanos));
        return lines;
    }

    private static String abbreviate(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }
}
