package dev.stressgate.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The metrics an SLO can bound: the one owner of their names. Each constant says how a profile writes it: its
 * {@code id}, whether the SLO takes a {@code max} ({@code upperBound}) or a {@code min}, whether a flow name is
 * accepted as scope besides {@code global} ({@code flowScoped}), and its unit (a percentage is bounded 0-100).
 *
 * <p>How a metric is measured from a run lives in {@code report.analysis.SloMeasurements}, and whether it becomes a
 * Gatling assertion in the simulations' {@code SloAssertions}; both switch over this enum without a default, so a
 * new constant does not compile until both say what it means (docs/profiles.md, "Adding an SLO metric").
 */
public enum SloMetric {
    P50_MS("p50_ms", Bound.MAX, Scoping.GLOBAL_OR_FLOW, Unit.MILLISECONDS),
    P75_MS("p75_ms", Bound.MAX, Scoping.GLOBAL_OR_FLOW, Unit.MILLISECONDS),
    P95_MS("p95_ms", Bound.MAX, Scoping.GLOBAL_OR_FLOW, Unit.MILLISECONDS),
    P99_MS("p99_ms", Bound.MAX, Scoping.GLOBAL_OR_FLOW, Unit.MILLISECONDS),
    MAX_MS("max_ms", Bound.MAX, Scoping.GLOBAL_OR_FLOW, Unit.MILLISECONDS),
    MEAN_MS("mean_ms", Bound.MAX, Scoping.GLOBAL_OR_FLOW, Unit.MILLISECONDS),
    ERROR_RATE_PCT("error_rate_pct", Bound.MAX, Scoping.GLOBAL_OR_FLOW, Unit.PERCENT),
    SERVER_ERROR_RATE_PCT("server_error_rate_pct", Bound.MAX, Scoping.GLOBAL_OR_FLOW, Unit.PERCENT),
    RATE_LIMITED_PCT("rate_limited_pct", Bound.MAX, Scoping.GLOBAL_OR_FLOW, Unit.PERCENT),
    AUTH_FAILURE_RATE_PCT("auth_failure_rate_pct", Bound.MAX, Scoping.GLOBAL, Unit.PERCENT),
    SUCCESS_RATE_PCT("success_rate_pct", Bound.MIN, Scoping.GLOBAL_OR_FLOW, Unit.PERCENT),
    WS_CONNECT_SUCCESS_PCT("ws_connect_success_pct", Bound.MIN, Scoping.GLOBAL, Unit.PERCENT),
    CHAT_DELIVERY_P95_MS("chat_delivery_p95_ms", Bound.MAX, Scoping.GLOBAL, Unit.MILLISECONDS),
    WS_CONNECT_P95_MS("ws_connect_p95_ms", Bound.MAX, Scoping.GLOBAL, Unit.MILLISECONDS),
    WS_FANOUT_P95_MS("ws_fanout_p95_ms", Bound.MAX, Scoping.GLOBAL, Unit.MILLISECONDS),
    WS_LOST_MESSAGES_PCT("ws_lost_messages_pct", Bound.MAX, Scoping.GLOBAL, Unit.PERCENT),
    WS_DROPS_PER_MIN("ws_drops_per_min", Bound.MAX, Scoping.GLOBAL, Unit.PER_MINUTE),
    THROUGHPUT_RPS("throughput_rps", Bound.MIN, Scoping.GLOBAL, Unit.PER_SECOND);

    /** Whether the measured value must stay at most ({@code max}) or at least ({@code min}) the threshold. */
    public enum Bound {
        MAX,
        MIN
    }

    /** Which scopes an SLO of the metric accepts. */
    public enum Scoping {
        GLOBAL,
        GLOBAL_OR_FLOW
    }

    /** The unit of the measured value and the threshold. */
    public enum Unit {
        MILLISECONDS,
        PERCENT,
        PER_SECOND,
        PER_MINUTE
    }

    private final String id;
    private final Bound bound;
    private final Scoping scoping;
    private final Unit unit;

    SloMetric(String id, Bound bound, Scoping scoping, Unit unit) {
        this.id = id;
        this.bound = bound;
        this.scoping = scoping;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public boolean upperBound() {
        return bound == Bound.MAX;
    }

    public boolean flowScoped() {
        return scoping == Scoping.GLOBAL_OR_FLOW;
    }

    public Unit unit() {
        return unit;
    }

    public static Optional<SloMetric> byId(String id) {
        return Arrays.stream(values()).filter(metric -> metric.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SloMetric::id).toList();
    }
}
