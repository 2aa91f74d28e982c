package dev.stressgate.live;

import dev.stressgate.profile.Slo;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.List;

/**
 * The injector's client-side series, one owner for their names (docs/live.md, the live dashboard and the client
 * alert rules use them). Every series carries the run's {@code run_id} and {@code profile} as labels.
 */
public final class ClientMetrics {
    public static final String RESPONSES = "stressgate_client_responses";
    public static final String RESPONSE_TIME = "stressgate_client_response_time_seconds";
    public static final String ACTIVE_USERS = "stressgate_client_active_users";
    public static final String OPEN_WEBSOCKETS = "stressgate_client_open_websockets";
    public static final String USERS_STARTED = "stressgate_client_users_started";
    public static final String CRASHES = "stressgate_client_crashes";
    public static final String LOG_LAG = "stressgate_client_log_lag_seconds";
    public static final String ABORTED = "stressgate_client_run_aborted";
    public static final String SLO_THRESHOLD = "stressgate_client_slo_threshold";

    /** Response-time buckets, seconds: 1 ms to 60 s. */
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    final Counter responses;
    final Histogram responseTime;
    final Gauge activeUsers;
    final Counter usersStarted;
    final Gauge openWebSockets;
    final Counter crashes;
    final Gauge logLag;
    final Gauge aborted;
    final Gauge sloThreshold;

    public ClientMetrics(String runId, String profile) {
        Labels run = Labels.of("run_id", runId, "profile", profile);
        responses = Counter.builder()
                .name(RESPONSES)
                .help("Responses (and WebSocket checks) recorded in simulation.log, by request name, group, OK/KO "
                        + "and the HTTP status a failed status check names")
                .labelNames("request", "group", "status", "http_status")
                .constLabels(run)
                .register(registry);
        responseTime = Histogram.builder()
                .name(RESPONSE_TIME)
                .help("Response time as Gatling records it (request sent to response received)")
                .unit(Unit.SECONDS)
                .labelNames("request", "group", "status")
                .classicUpperBounds(BUCKETS)
                .classicOnly()
                .constLabels(run)
                .register(registry);
        activeUsers = Gauge.builder()
                .name(ACTIVE_USERS)
                .help("Virtual users started and not yet ended, by population (Gatling scenario)")
                .labelNames("population")
                .constLabels(run)
                .register(registry);
        usersStarted = Counter.builder()
                .name(USERS_STARTED)
                .help("Virtual users started, by population (Gatling scenario)")
                .labelNames("population")
                .constLabels(run)
                .register(registry);
        openWebSockets = Gauge.builder()
                .name(OPEN_WEBSOCKETS)
                .help(
                        "WebSockets the injector holds: counted where they open and close (drops included) when the "
                                + "run does, else successful '<flow>: connect' minus '<flow>: close' records of WebSocket flows")
                .constLabels(run)
                .register(registry);
        crashes = Counter.builder()
                .name(CRASHES)
                .help("Errors that are not responses (crashed session code, requests that could not be built)")
                .constLabels(run)
                .register(registry);
        logLag = Gauge.builder()
                .name(LOG_LAG)
                .help("Seconds between now and the newest record read from simulation.log (Gatling flushes it "
                        + "in chunks)")
                .unit(Unit.SECONDS)
                .constLabels(run)
                .register(registry);
        aborted = Gauge.builder()
                .name(ABORTED)
                .help("1 once an abort_when condition of the profile has stopped the run")
                .constLabels(run)
                .register(registry);
        sloThreshold = Gauge.builder()
                .name(SLO_THRESHOLD)
                .help("The profile's SLO thresholds in the profile's units (ms, %), by metric and scope, so alert "
                        + "rules compare the client series with the run's own SLOs")
                .labelNames("metric", "scope", "bound")
                .constLabels(run)
                .register(registry);
        openWebSockets.set(0);
        aborted.set(0);
    }

    /** Publishes the profile's SLO thresholds ({@link #SLO_THRESHOLD}). */
    void publish(List<Slo> slos) {
        slos.forEach(slo -> sloThreshold
                .labelValues(slo.metric().id(), slo.scope(), slo.boundField())
                .set(slo.threshold()));
    }

    public PrometheusRegistry registry() {
        return registry;
    }
}
