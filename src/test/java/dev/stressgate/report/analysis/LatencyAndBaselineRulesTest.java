package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyAndBaselineRulesTest {

    @Test
    void slowestEndpointsAreRankedWithTheirShareOfTotalTime() {
        RunFixture run = RunFixture.healthy();
        run.replaceRequest(new RequestStats("posts: create", 9_000, 0, 300, 200, 200, 900, 1200, 1200, 30));

        Finding f = RuleFindings.of(run, "slow_endpoints").get(0);

        // total time = 12000*40 + 9000*300 + 3000*30 + 6000*20 = 3,390,000 ms; posts: create holds 2,700,000
        assertThat(RuleFindings.evidence(f, "latency.slowest").values())
                .containsEntry("posts: create.p95_ms", 900.0)
                .hasEntrySatisfying(
                        "posts: create.share_pct",
                        v -> assertThat(v).isCloseTo(79.65, org.assertj.core.data.Offset.offset(0.01)));
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(run.analyze().slowest())
                .extracting(EndpointShare::name)
                .first()
                .isEqualTo("posts: create");
    }
}
