package dev.stressgate.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The metrics an SLO can bound. Latencies are milliseconds, rates are percentages (0-100) of requests, throughput is
 * requests per second. {@code upperBound} says whether the SLO takes a {@code max} (true) or a {@code min} (false);
 * {@code flowScoped} whether a flow id is accepted as scope besides {@code global}.
 */
public enum SloMetric {
    P50_MS("p50_ms", true, true),
    P75_MS("p75_ms", true, true),
    P95_MS("p95_ms", true, true),
    P99_MS("p99_ms", true, true),
    MAX_MS("max_ms", true, true),
    MEAN_MS("mean_ms", true, true),
    ERROR_RATE_PCT("error_rate_pct", true, true),
    SERVER_ERROR_RATE_PCT("server_error_rate_pct", true, true),
    RATE_LIMITED_PCT("rate_limited_pct", true, true),
    AUTH_FAILURE_RATE_PCT("auth_failure_rate_pct", true, false),
    SUCCESS_RATE_PCT("success_rate_pct", false, true),
    WS_CONNECT_SUCCESS_PCT("ws_connect_success_pct", false, false),
    CHAT_DELIVERY_P95_MS("chat_delivery_p95_ms", true, false),
    WS_CONNECT_P95_MS("ws_connect_p95_ms", true, false),
    WS_FANOUT_P95_MS("ws_fanout_p95_ms", true, false),
    WS_LOST_MESSAGES_PCT("ws_lost_messages_pct", true, false),
    WS_DROPS_PER_MIN("ws_drops_per_min", true, false),
    THROUGHPUT_RPS("throughput_rps", false, false);

    private final String id;
    private final boolean upperBound;
    private final boolean flowScoped;

    SloMetric(String id, boolean upperBound, boolean flowScoped) {
        this.id = id;
        this.upperBound = upperBound;
        this.flowScoped = flowScoped;
    }

    public String id() {
        return id;
    }

    public boolean upperBound() {
        return upperBound;
    }

    public boolean flowScoped() {
        return flowScoped;
    }

    public static Optional<SloMetric> byId(String id) {
        return Arrays.stream(values()).filter(metric -> metric.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SloMetric::id).toList();
    }
}
