package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.Slo;
import dev.stressgate.profile.SloMetric;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictCalculatorTest {

    private final VerdictCalculator calculator = new VerdictCalculator();

    private static Finding finding(String id, Category category, Severity severity) {
        return new Finding(
                id,
                "test",
                category,
                severity,
                1,
                "title " + id,
                "detail",
                "action",
                List.of(Evidence.wholeRun("e." + id, "gatling", List.of(), java.util.Map.of())));
    }

    private static final SloResult PASS =
            new SloResult(new Slo(SloMetric.P95_MS, "global", 300), SloOutcome.PASS, 120.0, "p95");
    private static final SloResult FAIL =
            new SloResult(new Slo(SloMetric.P95_MS, "global", 300), SloOutcome.FAIL, 812.0, "p95");
    private static final SloResult NO_DATA = new SloResult(
            new Slo(SloMetric.WS_CONNECT_SUCCESS_PCT, "global", 99),
            SloOutcome.NO_DATA,
            null,
            "no WebSocket connect requests recorded");

    @Test
    void failedSloIsCritical() {
        Verdict v = calculator.decide(List.of(FAIL), List.of());

        assertThat(v.status()).isEqualTo(Status.CRITICAL);
        assertThat(v.reasons()).containsExactly("SLO p95_ms (global) failed: 812 ms > max 300 ms [slo.global.p95_ms]");
    }

    @Test
    void noDataIsWarning() {
        Verdict v = calculator.decide(List.of(PASS, NO_DATA), List.of());

        assertThat(v.status()).isEqualTo(Status.WARNING);
        assertThat(v.reasons())
                .containsExactly("SLO ws_connect_success_pct (global) could not be measured: "
                        + "no WebSocket connect requests recorded [slo.global.ws_connect_success_pct]");
    }

    @Test
    void findingSeverityRaisesTheStatusButInfoDoesNot() {
        assertThat(calculator
                        .decide(List.of(PASS), List.of(finding("a", Category.LATENCY, Severity.INFO)))
                        .status())
                .isEqualTo(Status.HEALTHY);
        assertThat(calculator
                        .decide(List.of(PASS), List.of(finding("b", Category.RATE_LIMIT, Severity.WARNING)))
                        .status())
                .isEqualTo(Status.WARNING);
        Verdict critical = calculator.decide(
                List.of(PASS),
                List.of(
                        finding("b", Category.RATE_LIMIT, Severity.WARNING),
                        finding("c", Category.ERRORS, Severity.CRITICAL)));
        assertThat(critical.status()).isEqualTo(Status.CRITICAL);
        assertThat(critical.reasons()).containsExactly("title c [c]", "title b [b]");
    }
}
