package dev.stressgate.socialapp.http;

import dev.stressgate.socialapp.metrics.AppMetrics;
import java.util.LinkedHashMap;
import java.util.Map;
import net.logstash.logback.marker.Markers;
import org.slf4j.Logger;

/**
 * Records one finished request: the {@code request processed} JSON log line (INFO; WARN for 429; ERROR
 * for 5xx) and the HTTP metrics. Only the route template is recorded, never the raw path or query, so
 * tokens and tickets cannot leak into logs or label values.
 */
public final class RequestRecorder {

    private final Logger log;
    private final AppMetrics metrics;

    public RequestRecorder(Logger log, AppMetrics metrics) {
        this.log = log;
        this.metrics = metrics;
    }

    public void record(String method, String route, int status, double durationMs, String requestId, Long userId) {
        metrics.recordHttpRequest(method, route, status, durationMs / 1000.0);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", method);
        fields.put("route", route);
        fields.put("status", status);
        fields.put("duration_ms", Math.round(durationMs));
        fields.put("request_id", requestId);
        fields.put("user_id", userId);
        if (status >= 500) {
            log.error(Markers.appendEntries(fields), "request processed");
        } else if (status == 429) {
            log.warn(Markers.appendEntries(fields), "request processed");
        } else {
            log.info(Markers.appendEntries(fields), "request processed");
        }
    }
}
