package dev.stressgate.simulations;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import dev.stressgate.profile.LoadProfile;
import dev.stressgate.profile.PopulationName;
import dev.stressgate.profile.Slo;
import dev.stressgate.simulations.flows.FlowCatalogue;
import io.gatling.javaapi.core.Assertion;
import java.util.List;

/**
 * The profile's SLOs that Gatling can judge itself, as assertions, so the run (scripts/stress-run.sh) fails when
 * they break. The switch over the metric has no default: a new {@code SloMetric} does not compile until it says here
 * whether (and how) Gatling asserts it.
 * Gatling-expressible: global p50/p75/p95/p99/max/mean, global error and success rate, global throughput, and the
 * delivery p95 (the catalogue's delivery request of each running flow that declares one). Everything else
 * (flow-scoped SLOs, whose Gatling group statistics are cumulated group times rather than request latencies;
 * status-class rates such as 5xx, 429 or auth failures; WebSocket connect success across flows) is judged by the
 * report from the run's results.
 */
final class SloAssertions {

    private SloAssertions() {}

    static List<Assertion> of(LoadProfile profile, FlowCatalogue catalogue) {
        return profile.effectiveSlos().stream()
                .flatMap(slo -> assertions(profile, catalogue, slo).stream())
                .toList();
    }

    static List<Slo> reportOnly(LoadProfile profile, FlowCatalogue catalogue) {
        return profile.effectiveSlos().stream()
                .filter(slo -> assertions(profile, catalogue, slo).isEmpty())
                .toList();
    }

    private static List<Assertion> assertions(LoadProfile profile, FlowCatalogue catalogue, Slo slo) {
        int millis = (int) Math.floor(slo.threshold());
        return switch (slo.metric()) {
            case P50_MS ->
                globalOnly(slo, global().responseTime().percentile(50.0).lte(millis));
            case P75_MS ->
                globalOnly(slo, global().responseTime().percentile(75.0).lte(millis));
            case P95_MS ->
                globalOnly(slo, global().responseTime().percentile(95.0).lte(millis));
            case P99_MS ->
                globalOnly(slo, global().responseTime().percentile(99.0).lte(millis));
            case MAX_MS -> globalOnly(slo, global().responseTime().max().lte(millis));
            case MEAN_MS -> globalOnly(slo, global().responseTime().mean().lte(millis));
            case ERROR_RATE_PCT ->
                globalOnly(slo, global().failedRequests().percent().lte(slo.threshold()));
            case SUCCESS_RATE_PCT ->
                globalOnly(slo, global().successfulRequests().percent().gte(slo.threshold()));
            case THROUGHPUT_RPS -> globalOnly(slo, global().requestsPerSec().gte(slo.threshold()));
            case CHAT_DELIVERY_P95_MS -> deliveryP95(profile, catalogue, millis);
            case SERVER_ERROR_RATE_PCT,
                    RATE_LIMITED_PCT,
                    AUTH_FAILURE_RATE_PCT,
                    WS_CONNECT_SUCCESS_PCT,
                    WS_CONNECT_P95_MS,
                    WS_FANOUT_P95_MS,
                    WS_LOST_MESSAGES_PCT,
                    WS_DROPS_PER_MIN -> List.of();
        };
    }

    /** Gatling's global statistics only judge a global SLO; a flow-scoped one is left to the report. */
    private static List<Assertion> globalOnly(Slo slo, Assertion assertion) {
        return slo.isGlobal() ? List.of(assertion) : List.of();
    }

    /**
     * The delivery request's p95 of each flow that declares one and runs (Gatling fails an assertion on a request
     * that never ran). The report judges the slowest of them, so one assertion per flow is the same bound.
     */
    private static List<Assertion> deliveryP95(LoadProfile profile, FlowCatalogue catalogue, int millis) {
        return catalogue.entries().stream()
                .filter(entry -> entry.deliveryRequest() != null)
                .filter(entry -> runs(profile, entry))
                .map(entry -> details(entry.name(), entry.deliveryRequest())
                        .responseTime()
                        .percentile(95.0)
                        .lte(millis))
                .toList();
    }

    private static boolean runs(LoadProfile profile, FlowCatalogue.Entry entry) {
        return profile.population(entry.population()).isActive()
                && (entry.population() == PopulationName.AUTH || profile.mix().weight(entry.name()) > 0);
    }
}
