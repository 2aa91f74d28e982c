package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Saturation knee and spike recovery. */
class CapacityRulesTest {

    /** Users ramp 10 to 160 over the run; throughput follows them up to 100/s, then latency takes over. */
    private static RunFixture saturating() {
        return RunFixture.healthy()
                .timeline(
                        s -> 10 + s / 2,
                        s -> Math.min(10 + s / 2, 100),
                        s -> 0,
                        s -> 10 + s / 2 <= 100 ? 100 : 100 + (10 + s / 2 - 100) * 20);
    }

    @Test
    void kneeIsWhereLatencyTurnsUpWhileThroughputFlattens() {
        Finding f = RuleFindings.of(saturating(), "saturation_knee").get(0);

        Evidence e = RuleFindings.evidence(f, "capacity.knee");
        assertThat(e.values().get("capacity_rps")).isEqualTo(100.0);
        // 8 equal-width load levels over 10..159.5 users: latency first doubles in the level of 103.4..122.1 users
        assertThat(e.values().get("knee_users")).isBetween(103.4, 122.1);
        assertThat(e.values().get("knee_p95_ms")).isGreaterThanOrEqualTo(200.0);
        assertThat(e.values()).containsEntry("base_p95_ms", 100.0);
        assertThat(f.title()).contains("capacity about 100/s");
    }

    @Test
    void latencyGrowingWithThroughputIsNoKnee() {
        RunFixture run = RunFixture.healthy().timeline(s -> 10 + s / 2, s -> 10 + s / 2, s -> 0, s -> 100 + s);

        assertThat(RuleFindings.of(run, "saturation_knee")).isEmpty();
    }

    /**
     * A cold start, as `make demo` on a fresh machine shows it: while users ramp to 5 in the first 20 s the app is
     * still warming up (10 responses a second, p95 150 ms); then 12 users get 55 a second at 35 ms; the last 20 s
     * one user finishes at 8 ms. The slow low level looks like a knee, but load beyond it kept raising throughput:
     * no saturation.
     */
    @Test
    void aSlowWarmUpIsNoKneeWhenThroughputKeptGrowingWithLoadBeyondIt() {
        RunFixture run = RunFixture.healthy()
                .timeline(
                        s -> s < 20 ? 1 + s / 4 : s < 280 ? 12 : 1,
                        s -> s < 20 ? 10 : s < 280 ? 55 : 8,
                        s -> 0,
                        s -> s < 20 ? 150 : s < 280 ? 35 : 8);

        assertThat(RuleFindings.of(run, "saturation_knee")).isEmpty();
    }

    /** 50 users, a spike to 200 users from second 100 to 120, p95 300 ms then, back to 100 ms at {@code back}. */
    private static RunFixture spike(long back) {
        return RunFixture.healthy()
                .timeline(s -> s >= 100 && s < 120 ? 200 : 50, s -> 50, s -> 0, s -> s >= 100 && s < back ? 300 : 100);
    }

    @Test
    void fastRecoveryIsInfoWithItsDuration() {
        Finding f = RuleFindings.of(spike(130), "spike_recovery").get(0);

        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(RuleFindings.evidence(f, "recovery.spike").values())
                .containsEntry("recovery_s", 10.0)
                .containsEntry("pre_spike_p95_ms", 100.0)
                .containsEntry("spike_p95_ms", 300.0);
    }

    @Test
    void slowRecoveryIsWarningAndNoRecoveryIsSaid() {
        assertThat(RuleFindings.of(spike(200), "spike_recovery").get(0).severity())
                .isEqualTo(Severity.WARNING);
        Finding none = RuleFindings.of(spike(400), "spike_recovery").get(0);
        assertThat(none.title()).isEqualTo("No recovery after the load spike within the run");
    }

    @Test
    void spikeWithoutDegradationIsSilent() {
        RunFixture run = RunFixture.healthy().timeline(s -> s >= 100 && s < 120 ? 200 : 50, s -> 50, s -> 0, s -> 100);

        assertThat(RuleFindings.of(run, "spike_recovery")).isEmpty();
    }
}
