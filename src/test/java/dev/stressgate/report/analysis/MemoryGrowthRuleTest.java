package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Memory growth on runs of any profile and runtime: a Node-like target (resident memory only, no JVM heap), a
 * Go-like one (a saw-tooth heap from go_memstats) and ours (JVM heap and resident memory).
 */
class MemoryGrowthRuleTest {

    private static final double MIB = 1024 * 1024;

    @Test
    void aLeakFrom50MiBTo2point5GiBIn150sIsFoundFromResidentMemoryAlone() {
        RunFixture node = RunFixture.healthy()
                .without("heap_used")
                .series("resident_memory", "bytes", Map.of(), 5, 150, s -> (50 + (2560 - 50) * s / 150.0) * MIB);

        Finding f = RuleFindings.of(node, "memory_growth").get(0);

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.title())
                .startsWith("Memory leak suspected: resident memory grew ")
                .endsWith(" and was still growing at the end");
        Evidence e = RuleFindings.evidence(f, "server.resident_memory");
        assertThat(e.source()).isEqualTo("metrics");
        assertThat(e.values().get("start_mib")).isCloseTo(50.0, within(0.01));
        // 2510 MiB in 150 s is 16.73 MiB/s; the last sample is at 145 s: 50 + 145 * 16.73 = 2476 MiB.
        assertThat(e.values().get("end_mib")).isCloseTo(2476.3, within(0.1));
        assertThat(e.values().get("growth_pct")).isCloseTo(4852.7, within(0.5));
        assertThat(e.values().get("mib_per_1000_requests")).isPositive();
        assertThat(f.detail()).contains("server metrics from the target's /metrics (scrape.jsonl)");
        assertThat(node.analyze().findings().get(0).id())
                .as("the leak is the top cause")
                .isEqualTo("memory_growth");
    }

    @Test
    void aSlowLeakUnderAGoSawToothHeapIsFoundOnItsRisingFloor() {
        // Go heap: collected every 40 s back to a floor that rises 30% over the run; resident memory steady.
        RunFixture go = RunFixture.healthy()
                .series("heap_used", "bytes", s -> 100 * MIB * (1 + 0.3 * s / 300.0) + (s % 40) * 4 * MIB);

        Finding f = RuleFindings.of(go, "memory_growth").get(0);

        assertThat(f.title()).startsWith("Memory leak suspected: heap grew ");
        assertThat(f.evidence()).extracting(Evidence::id).containsExactly("server.heap_used");
        assertThat(RuleFindings.evidence(f, "server.heap_used").values().get("growth_pct"))
                .isBetween(25.0, 35.0);
    }

    @Test
    void aWarmUpThatLevelsOffIsNotALeak() {
        // 80 MiB -> 400 MiB in the first 90 s (caches, pools, JIT), then flat with noise.
        RunFixture run = RunFixture.healthy()
                .series("resident_memory", "bytes", s -> (s < 90 ? 80 + 320 * s / 90.0 : 400 + (s % 15)) * MIB)
                .series("heap_used", "bytes", s -> (s < 90 ? 40 + 160 * s / 90.0 : 200 + (s % 30) * 3) * MIB);

        assertThat(RuleFindings.of(run, "memory_growth")).isEmpty();
    }

    @Test
    void aGarbageCollectedSawToothIsNotALeak() {
        // JVM heap filling from 200 MB to 900 MB and collected back every 45 s, for the whole run.
        RunFixture run = RunFixture.healthy().series("heap_used", "bytes", s -> 200e6 + (s % 45) * 700e6 / 45);

        assertThat(RuleFindings.of(run, "memory_growth")).isEmpty();
    }

    @Test
    void aRunTooShortToJudgeIsSilentWhateverItsProfile() {
        RunFixture run =
                RunFixture.healthy().series("resident_memory", "bytes", Map.of(), 5, 90, s -> (50 + 10 * s) * MIB);

        assertThat(RuleFindings.of(run, "memory_growth"))
                .as("90 s of samples, under the 2 min minimum")
                .isEmpty();
    }

    @Test
    void growthBelowTheThresholdIsNotReported() {
        RunFixture run =
                RunFixture.healthy().series("resident_memory", "bytes", s -> 400 * MIB * (1 + 0.15 * s / 300.0));

        assertThat(RuleFindings.of(run, "memory_growth"))
                .as("15% is under the 20% threshold")
                .isEmpty();
    }

    @Test
    void memoryThatFollowsARisingLoadIsNotALeakButALeakOutgrowingItIs() {
        // A ramp from 20 to 200 users over the whole run (a breakpoint search): per-connection memory follows it.
        RunFixture ramp = RunFixture.healthy()
                .timeline(s -> 20 + s * 0.6, s -> 20 + s * 0.6, s -> 0, s -> 120)
                .series("resident_memory", "bytes", s -> (100 + (20 + s * 0.6) * 2) * MIB);
        RunFixture leakingRamp = RunFixture.healthy()
                .timeline(s -> 20 + s * 0.6, s -> 20 + s * 0.6, s -> 0, s -> 120)
                .series("resident_memory", "bytes", s -> (100 + (20 + s * 0.6) * 2 + s * s / 10.0) * MIB);

        assertThat(RuleFindings.of(ramp, "memory_growth"))
                .as("resident memory grew 240% with 800% more users")
                .isEmpty();
        assertThat(RuleFindings.of(leakingRamp, "memory_growth")).hasSize(1);
    }
}
