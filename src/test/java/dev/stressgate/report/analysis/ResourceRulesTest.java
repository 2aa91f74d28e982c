package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CPU, GC, database, connection pool (memory: {@link MemoryGrowthRuleTest}). */
class ResourceRulesTest {

    @Test
    void sustainedCpuSaturationFiresWithItsWindow() {
        RunFixture run = RunFixture.healthy().series("cpu", "percent", s -> s >= 100 && s < 150 ? 96 : 40);

        Finding f = RuleFindings.of(run, "cpu_saturation").get(0);

        Evidence e = RuleFindings.evidence(f, "server.cpu");
        assertThat(e.fromMs()).isEqualTo(RunFixture.START + 100_000);
        assertThat(e.toMs()).isEqualTo(RunFixture.START + 145_000);
        assertThat(e.values()).containsEntry("peak", 96.0).containsEntry("samples", 10.0);
        assertThat(f.title()).isEqualTo("Server CPU saturated: peak 96% (threshold 85%)");
        assertThat(f.detail())
                .startsWith("Server CPU saturated: peak 96% (threshold 85%): 10 consecutive samples "
                        + "from 1:40 to 2:25 into the run (05:01:40–05:02:25 UTC) (");
    }

    @Test
    void shortCpuBlipIsSilent() {
        RunFixture run = RunFixture.healthy().series("cpu", "percent", s -> s >= 100 && s < 110 ? 99 : 40);

        assertThat(RuleFindings.of(run, "cpu_saturation")).isEmpty();
    }

    @Test
    void gcDatabaseAndPoolFireOnlyAboveTheirThresholds() {
        RunFixture run = RunFixture.healthy()
                .series("gc_time", "percent", s -> s > 200 ? 15 : 2)
                .series("db_latency_p95", "ms", s -> s > 200 ? 250 : 8)
                .series("pool_acquire_p95", "ms", s -> s > 200 ? 80 : 1)
                .series("pool_pending", "count", s -> s > 200 ? 6 : 0);

        assertThat(RuleFindings.of(run, "gc_pressure"))
                .extracting(Finding::title)
                .containsExactly("GC pressure: up to 15% of time in GC (threshold 10%)");
        assertThat(RuleFindings.of(run, "db_latency"))
                .extracting(Finding::title)
                .containsExactly("Slow database queries: p95 up to 250 ms (threshold 100 ms) on all operations");
        assertThat(RuleFindings.of(run, "pool_wait")).hasSize(1);
        assertThat(RuleFindings.of(run, "pool_pending"))
                .extracting(Finding::title)
                .containsExactly("Connection-pool exhausted: up to 6 threads waiting for a connection");

        RunFixture below = RunFixture.healthy()
                .series("gc_time", "percent", s -> 9.9)
                .series("db_latency_p95", "ms", s -> 99)
                .series("pool_acquire_p95", "ms", s -> 49);
        assertThat(below.analyze().findings()).extracting(Finding::id).containsExactly(AnalysisEngine.HEALTHY_ID);
    }

    @Test
    void openFileDescriptorsNearTheLimitFireForAnyRuntime() {
        RunFixture node =
                RunFixture.healthy().without("heap_used").series("open_fds", "percent", s -> s > 150 ? 93 : 20);
        RunFixture below = RunFixture.healthy().series("open_fds", "percent", s -> 79);

        assertThat(RuleFindings.of(node, "open_fds"))
                .extracting(Finding::title)
                .containsExactly("File descriptors near the limit: up to 93% of the process limit");
        assertThat(RuleFindings.of(below, "open_fds")).isEmpty();
    }
}
