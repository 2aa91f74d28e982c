package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CauseOrderTest {

    private static Finding finding(String id, Category category, Severity severity, String... explains) {
        return new Finding(
                        id,
                        id,
                        category,
                        severity,
                        1,
                        id,
                        id,
                        "-",
                        List.of(Evidence.wholeRun(id, "gatling", List.of(), Map.of())))
                .explaining(List.of(explains));
    }

    @Test
    void aCauseMovesDirectlyBeforeTheFindingItExplainsAndEverythingElseKeepsItsOrder() {
        Finding cpu = finding("cpu", Category.RESOURCE, Severity.CRITICAL);
        Finding errors = finding("server_errors", Category.ERRORS, Severity.CRITICAL);
        Finding db = finding("db", Category.LATENCY, Severity.WARNING);
        Finding burst = finding("burst", Category.ERRORS, Severity.WARNING, "server_errors");
        Finding slo = finding("slo", Category.SLO, Severity.CRITICAL);

        assertThat(CauseOrder.explainersFirst(List.of(cpu, errors, db, burst, slo)))
                .extracting(Finding::id)
                .containsExactly("cpu", "burst", "server_errors", "db", "slo");
    }

    @Test
    void symptomsInfoFindingsAndCausesAlreadyAheadDoNotMove() {
        Finding errors = finding("server_errors", Category.ERRORS, Severity.CRITICAL);
        Finding info = finding("note", Category.ERRORS, Severity.INFO, "server_errors");
        Finding slo = finding("slo", Category.SLO, Severity.CRITICAL, "server_errors");
        Finding ahead = finding("ahead", Category.ERRORS, Severity.WARNING, "server_errors");

        assertThat(CauseOrder.explainersFirst(List.of(ahead, errors, info, slo)))
                .extracting(Finding::id)
                .containsExactly("ahead", "server_errors", "note", "slo");
        assertThat(CauseOrder.explainersFirst(List.of(errors, info, slo)))
                .extracting(Finding::id)
                .containsExactly("server_errors", "note", "slo");
    }
}
