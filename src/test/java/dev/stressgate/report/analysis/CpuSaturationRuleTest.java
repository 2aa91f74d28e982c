package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * CPU saturation against the server's cores, pinned at a whole number of cores below them (Node.js: one core of
 * two), and inferred from queueing when the target exports no CPU series.
 */
class CpuSaturationRuleTest {

    /** Node-like target on a 2-core server: CPU in cores and in % of 2 cores, as the mapping delivers them. */
    private static RunFixture nodeOnTwoCores(LongToDoubleFunction cores) {
        return RunFixture.healthy()
                .without("heap_used")
                .without("gc_time")
                .without("pool_pending")
                .without("pool_acquire_p95")
                .series("cpu_cores", "cores", cores)
                .series("cpu", "percent", s -> cores.applyAsDouble(s) * 50);
    }

    @Test
    void aSingleThreadedRuntimePinnedAtOneCoreOfTwoIsSaturated() {
        RunFixture node = nodeOnTwoCores(s -> s < 60 ? 0.2 + s / 100.0 : 0.97 + (s % 15) / 250.0)
                .timeline(s -> 100, s -> 100, s -> 0, s -> s < 60 ? 80 : 400);

        Finding f = RuleFindings.of(node, "cpu_saturation").get(0);

        assertThat(f.id()).isEqualTo("cpu_saturation.cpu_cores");
        assertThat(f.title()).startsWith("Server CPU saturated: pinned at 1 core (");
        assertThat(f.detail()).contains("never went above it", "server metrics from the target's /metrics");
        Evidence e = RuleFindings.evidence(f, "server.cpu_cores");
        assertThat(e.values()).containsEntry("pinned_cores", 1.0);
        assertThat(e.fromMs()).isEqualTo(RunFixture.START + 60_000);
        assertThat(e.values().get("samples")).isEqualTo(48.0);
        assertThat(RuleFindings.evidence(f, "cpu_saturation.cpu_cores.client").values())
                .containsEntry("p95_before_ms", 80.0)
                .containsEntry("p95_during_ms", 400.0);
    }

    @Test
    void aServerThatHappensToUseOneCoreAtASteadyLoadIsNotSaturated() {
        RunFixture steady = nodeOnTwoCores(s -> s < 60 ? 0.2 + s / 100.0 : 0.97 + (s % 15) / 250.0);

        assertThat(RuleFindings.of(steady, "cpu_saturation"))
                .as("the client's p95 stayed at 120 ms")
                .isEmpty();
    }

    @Test
    void cpuBusyBelowAWholeCoreOrWanderingAboveOneIsNotPinned() {
        RunFixture busy = nodeOnTwoCores(s -> 0.55 + (s % 40) / 100.0);
        // A Go server on 4 cores: goroutines spread over cores, 1.2 to 2.8 cores, never flat.
        RunFixture go = RunFixture.healthy()
                .series("cpu_cores", "cores", s -> 1.2 + (s % 50) * 0.032)
                .series("cpu", "percent", s -> (1.2 + (s % 50) * 0.032) * 25);

        assertThat(RuleFindings.of(busy, "cpu_saturation")).isEmpty();
        assertThat(RuleFindings.of(go, "cpu_saturation")).isEmpty();
    }

    @Test
    void aShortVisitToOneCoreIsNotAPlateau() {
        RunFixture node = nodeOnTwoCores(s -> s >= 100 && s < 115 ? 1.0 : 0.6)
                .timeline(s -> 100, s -> 100, s -> 0, s -> s >= 100 && s < 115 ? 400 : 80);

        assertThat(RuleFindings.of(node, "cpu_saturation"))
                .as("3 samples at 1.0, 5 needed")
                .isEmpty();
    }

    @Test
    void allCoresBusyIsReportedOnceAgainstTheServersCores() {
        RunFixture ours = RunFixture.healthy()
                .series("cpu_cores", "cores", s -> s >= 100 ? 3.9 : 1.5)
                .series("cpu", "percent", s -> s >= 100 ? 97.5 : 37.5);

        assertThat(RuleFindings.of(ours, "cpu_saturation"))
                .extracting(Finding::id)
                .containsExactly("cpu_saturation.cpu");
    }

    @Test
    void withoutCpuDataClientLatencyClimbingOverFlatServerLatencyIsQueueing() {
        RunFixture run = RunFixture.healthy()
                .without("cpu")
                .timeline(s -> 100, s -> 100, s -> 0, s -> 100 + s * 2)
                .series("server_latency_p95", "ms", Map.of(), s -> 20 + (s % 10) / 10.0);

        Finding f = RuleFindings.of(run, "cpu_saturation").get(0);

        assertThat(f.id()).isEqualTo("cpu_saturation.queueing");
        assertThat(f.title()).isEqualTo("Requests queue before the server handles them (CPU data missing)");
        assertThat(f.detail()).contains("No CPU series was available");
        assertThat(RuleFindings.evidence(f, "cpu_saturation.queueing.client")
                        .values()
                        .get("p95_after_ms"))
                .isGreaterThan(2
                        * RuleFindings.evidence(f, "cpu_saturation.queueing.client")
                                .values()
                                .get("p95_before_ms"));
        assertThat(RuleFindings.evidence(f, "cpu_saturation.queueing.server").source())
                .isEqualTo("metrics");
    }

    @Test
    void withoutCpuDataAServerThatSlowsDownItselfIsNotQueueing() {
        RunFixture run = RunFixture.healthy()
                .without("cpu")
                .timeline(s -> 100, s -> 100, s -> 0, s -> 100 + s * 2)
                .series("server_latency_p95", "ms", Map.of(), s -> 80 + s * 2);

        assertThat(RuleFindings.of(run, "cpu_saturation")).isEmpty();
    }

    @Test
    void pinnedFromTheStartIsSaturatedWhenTheClientWaitsFarLongerThanTheServerWorks() {
        // Node-like, busy from the first seconds: nothing before the plateau to compare with, but the client's p95
        // (400 ms) is eight times the server's own (50 ms): requests queued before a handler ran.
        RunFixture node = nodeOnTwoCores(s -> 0.97 + (s % 15) / 250.0)
                .timeline(s -> 100, s -> 100, s -> 0, s -> 400)
                .series("server_latency_p95", "ms", Map.of(), s -> 50);
        RunFixture fast = nodeOnTwoCores(s -> 0.97 + (s % 15) / 250.0)
                .timeline(s -> 100, s -> 100, s -> 0, s -> 60)
                .series("server_latency_p95", "ms", Map.of(), s -> 50);

        Finding f = RuleFindings.of(node, "cpu_saturation").get(0);

        assertThat(f.id()).isEqualTo("cpu_saturation.cpu_cores");
        assertThat(f.detail()).contains("against the server's own 50 ms");
        assertThat(RuleFindings.of(fast, "cpu_saturation"))
                .as("client p95 60 ms against the server's 50 ms")
                .isEmpty();
    }

    @Test
    void aTargetThatStopsAnsweringItsMetricsUnderLoadWhileTheClientWaitsIsSaturated() {
        // Scrapes every 5 s; from second 60 on the metrics endpoint times out and the client's p95 climbs.
        RunFixture node = nodeOnTwoCores(s -> s < 60 ? 0.6 : Double.NaN)
                .timeline(s -> 100, s -> 100, s -> 0, s -> s < 60 ? 80 : 2_000)
                .series("target_up", "up", Map.of(), s -> s < 60 ? 1 : 0);
        RunFixture crashed = nodeOnTwoCores(s -> s < 60 ? 0.6 : Double.NaN)
                .timeline(s -> 100, s -> 100, s -> s < 60 ? 0 : 100, s -> 80)
                .series("target_up", "up", Map.of(), s -> s < 60 ? 1 : 0);

        Finding f = RuleFindings.of(node, "cpu_saturation").get(0);

        assertThat(f.id()).isEqualTo("cpu_saturation.unanswered_metrics");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(RuleFindings.evidence(f, "server.target_up").fromMs()).isEqualTo(RunFixture.START + 60_000);
        assertThat(RuleFindings.of(crashed, "cpu_saturation"))
                .as("a target whose requests fail instead of slowing down did not saturate")
                .isEmpty();
    }
}
