package dev.stressgate.simulations;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import dev.stressgate.profile.Flow;
import dev.stressgate.profile.LoadProfile;
import dev.stressgate.profile.PopulationName;
import dev.stressgate.profile.Slo;
import dev.stressgate.profile.SloMetric;
import io.gatling.javaapi.core.Assertion;
import java.util.List;
import java.util.Optional;

/**
 * The profile's SLOs that Gatling can judge itself, as assertions, so the run (scripts/stress-run.sh) fails when
 * they break.
 * Gatling-expressible: global p50/p75/p95/p99/max/mean, global error and success rate, global throughput, and chat
 * delivery p95 (the {@code chat_ws: message delivered} check). Everything else (flow-scoped SLOs, whose Gatling
 * group statistics are cumulated group times rather than request latencies; status-class rates such as 5xx, 429 or
 * auth failures; WebSocket connect success across both channels) is judged by the report from the run's results.
 */
final class SloAssertions {
    static final String CHAT_DELIVERY_REQUEST = "chat_ws: message delivered";

    private SloAssertions() {}

    static List<Assertion> of(LoadProfile profile) {
        return profile.effectiveSlos().stream()
                .map(slo -> assertion(profile, slo))
                .flatMap(Optional::stream)
                .toList();
    }

    static List<Slo> reportOnly(LoadProfile profile) {
        return profile.effectiveSlos().stream()
                .filter(slo -> assertion(profile, slo).isEmpty())
                .toList();
    }

    private static Optional<Assertion> assertion(LoadProfile profile, Slo slo) {
        int millis = (int) Math.floor(slo.threshold());
        if (slo.metric() == SloMetric.CHAT_DELIVERY_P95_MS) {
            if (!runsChat(profile)) {
                return Optional.empty();
            }
            return Optional.of(details(Flow.CHAT_WS.id(), CHAT_DELIVERY_REQUEST)
                    .responseTime()
                    .percentile(95.0)
                    .lte(millis));
        }
        if (!slo.isGlobal()) {
            return Optional.empty();
        }
        return switch (slo.metric()) {
            case P50_MS -> Optional.of(global().responseTime().percentile(50.0).lte(millis));
            case P75_MS -> Optional.of(global().responseTime().percentile(75.0).lte(millis));
            case P95_MS -> Optional.of(global().responseTime().percentile(95.0).lte(millis));
            case P99_MS -> Optional.of(global().responseTime().percentile(99.0).lte(millis));
            case MAX_MS -> Optional.of(global().responseTime().max().lte(millis));
            case MEAN_MS -> Optional.of(global().responseTime().mean().lte(millis));
            case ERROR_RATE_PCT ->
                Optional.of(global().failedRequests().percent().lte(slo.threshold()));
            case SUCCESS_RATE_PCT ->
                Optional.of(global().successfulRequests().percent().gte(slo.threshold()));
            case THROUGHPUT_RPS -> Optional.of(global().requestsPerSec().gte(slo.threshold()));
            default -> Optional.empty();
        };
    }

    /** Gatling fails an assertion on a request that never ran, so chat delivery is only asserted when chat runs. */
    private static boolean runsChat(LoadProfile profile) {
        return profile.population(PopulationName.REALTIME).isActive()
                && profile.mix().weight(Flow.CHAT_WS) > 0;
    }
}
