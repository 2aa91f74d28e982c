package dev.stressgate.report.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.sources.logs.Redactor;
import dev.stressgate.run.http.HttpAnswer;
import dev.stressgate.run.http.OutboundFailure;
import dev.stressgate.run.http.OutboundHttp;
import dev.stressgate.run.http.OutboundHttpSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * GET client of the query API shape Prometheus and Loki share: {@code {"status":"success","data":{..}}} on success,
 * {@code {"status":"error","errorType":..,"error":..}} when the query is refused, or a plain-text body with an HTTP
 * error status. Every failure (unreachable, timeout, refused query, HTTP error, an answer that is not this API)
 * becomes a {@link SourceFailure} whose message names the service and says what happened. Calls go through
 * {@link OutboundHttp} (HTTP/1.1, a total deadline, the query size cap); text the server sent is redacted and cut
 * before it reaches a message.
 */
public final class QueryApi {

    /** Characters of a server's text kept for a message. */
    private static final int MAX_QUOTED_CHARS = 200;

    private final String service;
    private final URI baseUrl;
    private final OutboundHttp http;
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * A client with this process's {@link OutboundHttpSettings} and {@code timeout} as the total deadline per call.
     *
     * @param service the name the failure messages use ("Prometheus", "Loki")
     */
    public QueryApi(String service, URI baseUrl, Duration timeout) {
        this(service, baseUrl, OutboundHttp.forQueries(OutboundHttpSettings.fromProcess(), timeout));
    }

    public QueryApi(String service, URI baseUrl, OutboundHttp http) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.http = http;
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
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        URI uri = URI.create(baseUrl.toString().replaceAll("/+$", "") + path + "?" + query);
        HttpAnswer response = send(uri);
        JsonNode body;
        try {
            body = mapper.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (body != null && "error".equals(body.path("status").asText())) {
            throw new SourceFailure(service + " refused the query (HTTP " + response.status() + ", "
                    + abbreviate(body.path("errorType").asText("unknown")) + "): "
                    + abbreviate(body.path("error").asText()));
        }
        if (response.status() != 200) {
            throw new SourceFailure(
                    service + " answered HTTP " + response.status() + ": " + abbreviate(response.body()));
        }
        if (body == null || !"success".equals(body.path("status").asText()) || !body.has("data")) {
            throw notA(expected, response.body());
        }
        return body.get("data");
    }

    /** The failure for an answer that parsed but is not what the caller expected. */
    public SourceFailure notA(String expected, String answer) {
        return new SourceFailure(service + " at " + OutboundFailure.displayed(baseUrl)
                + " answered something that is not " + expected + ": " + abbreviate(answer));
    }

    private HttpAnswer send(URI uri) throws SourceFailure {
        try {
            return http.get(uri, "application/json");
        } catch (OutboundFailure e) {
            String where = service + " at " + OutboundFailure.displayed(baseUrl);
            throw new SourceFailure(
                    e.kind() == OutboundFailure.Kind.CONNECTION_REFUSED
                            ? where + " is unreachable (connection refused)"
                            : where + ": " + e.reason(),
                    e);
        }
    }

    /**
     * A server's text (an error body, an unexpected answer) fit for a message: redacted (tokens, passwords,
     * tickets), on one line, cut to {@value #MAX_QUOTED_CHARS} characters. Only a bounded prefix is examined, so a
     * huge body costs no more than a small one.
     */
    public static String abbreviate(String body) {
        String prefix = body.length() <= 8 * MAX_QUOTED_CHARS ? body : body.substring(0, 8 * MAX_QUOTED_CHARS);
        String flat = new Redactor().redact(prefix).strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_QUOTED_CHARS && prefix.length() == body.length()
                ? flat
                : flat.substring(0, Math.min(flat.length(), MAX_QUOTED_CHARS)) + "...";
    }
}
