package dev.stressgate.report.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;

/**
 * GET client of the query API shape Prometheus and Loki share: {@code {"status":"success","data":{..}}} on success,
 * {@code {"status":"error","errorType":..,"error":..}} when the query is refused, or a plain-text body with an HTTP
 * error status. Every failure (unreachable, timeout, refused query, HTTP error, an answer that is not this API)
 * becomes a {@link SourceFailure} whose message names the service and says what happened.
 */
public final class QueryApi {

    private final String service;
    private final URI baseUrl;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @param service the name the failure messages use ("Prometheus", "Loki")
     */
    public QueryApi(String service, URI baseUrl, Duration timeout) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The {@code data} of a successful answer to GET {@code path} with these query parameters (sent in map order).
     *
     * @param expected what a good answer is, for the message when the body is something else (e.g. "a log query result")
     */
    public JsonNode data(String path, Map<String, String> parameters, String expected) throws SourceFailure {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&")
                .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        URI uri = URI.create(baseUrl.toString().replaceAll("/+$", "") + path + "?" + query);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
        JsonNode body;
        try {
            body = mapper.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (body != null && "error".equals(body.path("status").asText())) {
            throw new SourceFailure(service + " refused the query (HTTP " + response.statusCode() + ", "
                    + body.path("errorType").asText("unknown") + "): " + body.path("error").asText());
        }
        if (response.statusCode() != 200) {
            throw new SourceFailure(service + " answered HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        if (body == null || !"success".equals(body.path("status").asText()) || !body.has("data")) {
            throw notA(expected, response.body());
        }
        return body.get("data");
    }

    /** The failure for an answer that parsed but is not what the caller expected. */
    public SourceFailure notA(String expected, String answer) {
        return new SourceFailure(service + " at " + baseUrl + " answered something that is not " + expected + ": "
                + abbreviate(answer));
    }

    private HttpResponse<String> send(HttpRequest request) throws SourceFailure {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SourceFailure(service + " at " + baseUrl + " did not answer within " + timeout.toMillis() + " ms", e);
        } catch (ConnectException e) {
            throw new SourceFailure(service + " at " + baseUrl + " is unreachable (connection refused)", e);
        } catch (IOException e) {
            throw new SourceFailure(service + " at " + baseUrl + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure("interrupted while querying " + service + " at " + baseUrl, e);
        }
    }

    /** A response body on one line, cut to 200 characters, for error messages. */
    public static String abbreviate(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }
}
