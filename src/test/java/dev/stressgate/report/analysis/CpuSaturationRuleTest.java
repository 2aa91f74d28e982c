package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.run.InjectorSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * CPU saturation against the server's cores, pinned at a whole number of cores below them (Node.js: one core of
 * two), and inferred from queueing when the target exports no CPU series; and the target taking most of a host it
 * shares with the injector, whatever its own CPU curve.
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

    /** How long the target took to answer its metrics endpoint: 3 ms at the start, then {@code loadedMs}. */
    private static LongToDoubleFunction metricsEndpoint(double loadedMs) {
        return s -> s < 5 ? 3 : loadedMs;
    }

    /**
     * A threaded Python service whose request CPU holds the GIL: about one core from the first seconds, the client's
     * p95 (700 ms) no further above the server's own (650 ms, which includes the wait for the GIL), and its metrics
     * endpoint, 3 ms when idle, answered in 180 ms.
     */
    private static RunFixture gilBound() {
        return nodeOnTwoCores(s -> 0.95 + (s % 4) * 0.04)
                .timeline(s -> 16, s -> 30, s -> 0, s -> 700)
                .series("server_latency_p95", "ms", Map.of(), s -> 650)
                .series("scrape_duration", "ms", Map.of(), metricsEndpoint(180));
    }

    @Test
    void threadsQueueingForOneCoreInsideTheServersOwnTimingAreSaturated() {
        RunFixture gil = gilBound();
        // The reviewer's I/O-bound service: steady at one core of two from the start, 40 ms of database time a
        // request, p95 80 ms on the client and 78 ms on the server, its metrics endpoint answering at once.
        RunFixture waitingOnIo = nodeOnTwoCores(s -> 0.95 + (s % 4) * 0.04)
                .timeline(s -> 16, s -> 100, s -> 0, s -> 80)
                .series("server_latency_p95", "ms", Map.of(), s -> 78)
                .series("scrape_duration", "ms", Map.of(), metricsEndpoint(5));
        RunFixture unprobed = gilBound().without("scrape_duration");
        // One ramp-up sample at 0.6 cores before the plateau is no "before" to compare with.
        RunFixture rampedUp = gilBound()
                .series("cpu_cores", "cores", s -> s < 5 ? 0.6 : 0.95 + (s % 4) * 0.04)
                .series("cpu", "percent", s -> s < 5 ? 30 : 50 * (0.95 + (s % 4) * 0.04));

        Finding f = RuleFindings.of(gil, "cpu_saturation").get(0);

        assertThat(f.id()).isEqualTo("cpu_saturation.cpu_cores");
        assertThat(f.detail())
                .contains("the target took 180 ms to answer its own metrics endpoint against 3 ms at its fastest, and "
                        + "the client's p95 was 700 ms");
        assertThat(RuleFindings.evidence(f, "cpu_saturation.cpu_cores.client").values())
                .containsEntry("p95_during_ms", 700.0)
                .containsEntry("metrics_endpoint_ms", 180.0)
                .containsEntry("metrics_endpoint_fastest_ms", 3.0);
        assertThat(RuleFindings.of(waitingOnIo, "cpu_saturation"))
                .as("one core busy while requests wait for I/O: the metrics endpoint answered in 5 ms")
                .isEmpty();
        assertThat(RuleFindings.of(rampedUp, "cpu_saturation"))
                .extracting(Finding::id)
                .containsExactly("cpu_saturation.cpu_cores");
        assertThat(RuleFindings.of(unprobed, "cpu_saturation"))
                .as("without scrape durations nothing tells waiting for the CPU from waiting for I/O")
                .isEmpty();
    }

    @Test
    void aProcessOutOfCpuRanksBeforeTheSlowQueriesItTimedWhileWaitingForTheCpu() {
        // Its database histogram includes the wait for the GIL after each query.
        RunFixture gil = gilBound().series("db_latency_p95", "ms", Map.of("operation", "post_list"), s -> 400);

        List<String> ranked = gil.analyze().findings().stream()
                .filter(f -> f.severity() != Severity.INFO)
                .map(Finding::id)
                .toList();

        assertThat(ranked).startsWith("cpu_saturation.cpu_cores", "db_latency.db_latency_p95");
    }

    /** One injector sample a second over the fixture's seconds, on a 2-core host named {@code laptop}. */
    private static InjectorLoad injector(
            boolean targetOnSameHost, LongToDoubleFunction injectorCores, LongToDoubleFunction hostPct) {
        List<InjectorSample> samples = new ArrayList<>();
        for (long s = 1; s <= RunFixture.SECONDS; s++) {
            samples.add(new InjectorSample(
                    RunFixture.START + s * 1000,
                    2,
                    injectorCores.applyAsDouble(s),
                    hostPct.applyAsDouble(s),
                    0.5,
                    200_000_000L,
                    1_073_741_824L,
                    "laptop"));
        }
        return new InjectorLoad("injector", targetOnSameHost, samples);
    }

    /**
     * A target whose CPU wanders between 1.1 and 1.7 of 2 cores (no whole-core ceiling, under 85 %): threads that
     * share a lock, or a runtime short of the cores the injector holds.
     */
    private static RunFixture wanderingTarget() {
        LongToDoubleFunction cores = s -> 1.1 + (s % 7) * 0.1;
        return RunFixture.healthy()
                .series("cpu_cores", "cores", cores)
                .series("cpu", "percent", s -> cores.applyAsDouble(s) * 50)
                .series("scrape_duration", "ms", Map.of(), metricsEndpoint(120));
    }

    @Test
    void aTargetTakingMostOfAHostItSharesWithTheInjectorIsSaturatedAndRanksBeforeTheHostFinding() {
        RunFixture run = wanderingTarget();
        run.injectors.add(injector(true, s -> 0.35, s -> 97));
        RunFixture remote = wanderingTarget();
        remote.injectors.add(injector(false, s -> 0.35, s -> 97));

        Finding f = RuleFindings.of(run, "cpu_saturation").get(0);
        List<String> ranked = run.analyze().findings().stream().map(Finding::id).toList();

        assertThat(f.id()).isEqualTo("cpu_saturation.shared_host");
        assertThat(f.title())
                .isEqualTo(
                        "Server CPU saturated on a host it shared with the injector: it used 1.4 of 1.94 busy cores");
        assertThat(f.detail()).contains("The host was 97% busy (of 2 cores)", "the injector 0.35", "injector.jsonl");
        assertThat(RuleFindings.evidence(f, "server.shared_host").values())
                .containsEntry("host_cores", 2.0)
                .containsEntry("host_busy_pct", 97.0);
        assertThat(f.explains()).containsExactly("db_latency", "injector_bottleneck.injector.host_cpu");
        assertThat(ranked)
                .as("the target's saturation, then the host finding it explains")
                .startsWith("cpu_saturation.shared_host", "injector_bottleneck.injector.host_cpu");
        assertThat(RuleFindings.of(remote, "cpu_saturation"))
                .as("a remote target is not judged by the injector's host")
                .isEmpty();
    }

    @Test
    void aSharedHostIsNotTheTargetsSaturationWhenTheInjectorOrNobodyFilledIt() {
        RunFixture injectorHeavy = nodeOnTwoCores(s -> 0.6);
        injectorHeavy.injectors.add(injector(true, s -> 1.3, s -> 96));
        RunFixture idleHost = wanderingTarget();
        idleHost.injectors.add(injector(true, s -> 0.2, s -> 70));
        // The reviewer's busy CI box: another job 0.3 cores, the injector 0.6, a healthy target 0.9: host at 90 %.
        RunFixture sharedEvenly = nodeOnTwoCores(s -> 0.9);
        sharedEvenly.injectors.add(injector(true, s -> 0.6, s -> 90));
        // The injector in a 1-processor container, 95 % busy, beside a target in a container of its own.
        RunFixture ownContainer = wanderingTarget();
        ownContainer.injectors.add(new InjectorLoad(
                "injector",
                true,
                injector(true, s -> 0.9, s -> 95).samples().stream()
                        .map(x -> new InjectorSample(
                                x.epochMs(),
                                1,
                                x.processCpuCores(),
                                x.hostCpuPct(),
                                x.gcPct(),
                                x.heapUsedBytes(),
                                x.heapMaxBytes(),
                                x.host()))
                        .toList()));

        assertThat(RuleFindings.of(injectorHeavy, "cpu_saturation"))
                .as("the injector used 1.3 cores, the target 0.6")
                .isEmpty();
        assertThat(injectorHeavy.analyze().findings().get(0).id()).isEqualTo("injector_bottleneck.injector.host_cpu");
        assertThat(RuleFindings.of(idleHost, "cpu_saturation"))
                .as("30 % of the host idle: the target had CPU to spare")
                .isEmpty();
        assertThat(RuleFindings.of(sharedEvenly, "cpu_saturation"))
                .as("the target used half of the busy host, not a clear majority")
                .isEmpty();
        assertThat(RuleFindings.of(ownContainer, "cpu_saturation"))
                .as("target (1.4) and injector (0.9) used more than the 0.95 busy cores: not one pool")
                .isEmpty();
    }

    @Test
    void aTargetPinnedAtOneCoreExplainsItsSlowQueriesButNotAHostItTookOnlyHalfOf() {
        // Node.js pinned at one core of two, its metrics endpoint 250 ms late; the injector took 0.8 core and the
        // host was 95 % busy: the target had 1.0 of 1.9 busy cores, not a clear majority.
        RunFixture node = nodeOnTwoCores(s -> s < 60 ? 0.2 + s / 100.0 : 0.97 + (s % 15) / 250.0)
                .timeline(s -> 100, s -> 100, s -> 0, s -> s < 60 ? 80 : 400)
                .series("scrape_duration", "ms", Map.of(), s -> s < 60 ? 3 : 250);
        node.injectors.add(injector(true, s -> 0.8, s -> s < 60 ? 50 : 95));

        List<Finding> findings = node.analyze().findings();
        Finding cpu = RuleFindings.of(node, "cpu_saturation").get(0);

        assertThat(findings)
                .extracting(Finding::id)
                .startsWith("injector_bottleneck.injector.host_cpu", "cpu_saturation.cpu_cores");
        assertThat(cpu.explains()).containsExactly("db_latency");
    }
}
