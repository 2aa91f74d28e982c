package dev.stressgate.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stressgate.report.ai.ReportedFinding;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Severity;
import dev.stressgate.report.analysis.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a cell is judged from the ranked findings of ai-analysis.json. */
class CellResultTest {
    private static final FaultCatalogue.Cell SLOW_DB = cell(Optional.of("db_latency"));
    private static final FaultCatalogue.Cell CONTROL = cell(Optional.empty());

    private static FaultCatalogue.Cell cell(Optional<String> expected) {
        return new FaultCatalogue.Cell(
                "c", "fault", "magnitude", "matrix-mixed", JsonNodeFactory.instance.nullNode(), expected);
    }

    private static ReportedFinding finding(String id, Severity severity, Category category) {
        return new ReportedFinding(id, ReportedFinding.RULES, severity, category, "t", "d", "n", List.of("e"));
    }

    private static CellResult judged(FaultCatalogue.Cell cell, ReportedFinding... findings) {
        List<String> causes = List.of(findings).stream()
                .filter(CellResult::isCause)
                .map(ReportedFinding::id)
                .toList();
        return new CellResult("t", cell, causes.stream().findFirst(), Status.WARNING, causes);
    }

    @Test
    void theFirstWarningOrWorseRuleFindingThatIsNotAnSloBreachIsTheTopCause() {
        CellResult result = judged(
                SLOW_DB,
                finding("slo_breach.global.p95_ms", Severity.CRITICAL, Category.SLO),
                finding("db_latency.db_query_p95", Severity.WARNING, Category.RESOURCE),
                finding("saturation_knee", Severity.WARNING, Category.CAPACITY));
        assertThat(result.topCause()).contains("db_latency.db_query_p95");
        assertThat(result.ok()).isTrue();
    }

    @Test
    void anotherRuleRankedFirstIsAMismatch() {
        CellResult result = judged(
                SLOW_DB,
                finding("saturation_knee", Severity.WARNING, Category.CAPACITY),
                finding("db_latency.db_query_p95", Severity.WARNING, Category.RESOURCE));
        assertThat(result.ok()).isFalse();
        assertThat(result.describe())
                .contains("top cause saturation_knee", "[saturation_knee, db_latency.db_query_p95]");
    }

    @Test
    void theControlPassesWithInfoFindingsOnlyAndFailsOnAnyWarningCause() {
        assertThat(judged(CONTROL, finding("slow_endpoints", Severity.INFO, Category.LATENCY))
                        .ok())
                .isTrue();
        assertThat(judged(CONTROL, finding("error_burst.1", Severity.WARNING, Category.ERRORS))
                        .ok())
                .isFalse();
    }

    @Test
    void aRuleNameIsTheFindingIdBeforeTheFirstDot() {
        assertThat(CellResult.ruleOf("ws_backpressure.server.ws_backpressure_drops{channel=chat}"))
                .isEqualTo("ws_backpressure");
        assertThat(CellResult.ruleOf("rate_limit")).isEqualTo("rate_limit");
    }
}
