package dev.stressgate.report.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.analysis.Analysis;
import dev.stressgate.report.analysis.RunFixture;
import org.junit.jupiter.api.Test;

class NumberClaimTest {

    @Test
    void extractsNumbersWithUnitsOnly() {
        assertThat(NumberClaim.extract("p95 of 812 ms, 3.4% errors, 1,250 rps, recovered in 12 s; 3 endpoints in 2026"))
                .containsExactly(
                        new NumberClaim("812 ms", 812, NumberClaim.Unit.MILLISECONDS),
                        new NumberClaim("3.4%", 3.4, NumberClaim.Unit.PERCENT),
                        new NumberClaim("1,250 rps", 1250, NumberClaim.Unit.PER_SECOND),
                        new NumberClaim("12 s", 12, NumberClaim.Unit.SECONDS));
        assertThat(NumberClaim.extract("status 429 on feed: list posts, user 42"))
                .isEmpty();
        assertThat(NumberClaim.extract("3,5 percent and 40 req/s"))
                .extracting(NumberClaim::value)
                .containsExactly(3.5, 40.0);
    }

    @Test
    void factsMatchWithinTheToleranceOfTheirUnit() {
        RunFixture run = RunFixture.healthy();
        run.error("status 500 (expected 200)", "posts: create", 1025);
        Analysis analysis = run.analyze();
        FactSheet facts = new FactSheet(analysis, run.input());

        // global p95 is 120 ms; error rate 1025 / 30000 = 3.4166..%
        assertThat(facts.supports(claim("120 ms"))).isTrue();
        assertThat(facts.supports(claim("124 ms"))).isTrue();
        assertThat(facts.supports(claim("107 ms")))
                .as("no latency fact within 5%% of 107 ms")
                .isFalse();
        assertThat(facts.supports(claim("3.4%"))).isTrue();
        assertThat(facts.supports(claim("3.9%"))).isFalse();
        assertThat(facts.supports(claim("0.12 s")))
                .as("seconds match milliseconds / 1000")
                .isTrue();
        assertThat(facts.supports(claim("812 ms"))).isFalse();
    }

    private static NumberClaim claim(String text) {
        return NumberClaim.extract(text).get(0);
    }
}
