package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.sources.metrics.FiredAlert;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prometheus alerts that fired during the run weigh on the verdict with the severity their rule declares. */
class FiredAlertRuleTest {

    private static final long FIRST = RunFixture.START + 40_000;
    private static final long LAST = RunFixture.START + 70_000;

    private static FiredAlert alert(String name, String severity, Map<String, String> labels) {
        return new FiredAlert(name, severity, labels, FIRST, LAST);
    }

    @Test
    void aSilentRunHasNoAlertFindingAndStaysHealthy() {
        RunFixture run = RunFixture.healthy();

        assertThat(RuleFindings.of(run, "fired_alert")).isEmpty();
        assertThat(run.analyze().status()).isEqualTo(Status.HEALTHY);
    }

    @Test
    void aCriticalAlertThatFiredIsACriticalFindingNamingItAndMakesTheRunCritical() {
        RunFixture run = RunFixture.healthy();
        run.alerts.add(alert("HighErrorRate", "critical", Map.of("job", "socialapp")));

        Analysis analysis = run.analyze();

        Finding f = analysis.findings().stream()
                .filter(x -> x.rule().equals("fired_alert"))
                .findFirst()
                .orElseThrow();
        assertThat(f.id()).isEqualTo("fired_alert.HighErrorRate{job=socialapp,severity=critical}");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.category()).isEqualTo(Category.ALERT);
        assertThat(f.title()).isEqualTo("Alert HighErrorRate fired (severity critical)");
        assertThat(f.detail())
                .contains("{job=socialapp,severity=critical}")
                .contains("firing from 0:40 to 1:10 into the run (05:00:40–05:01:10 UTC)")
                .contains("30 s apart");
        Evidence e = RuleFindings.evidence(f, "alert.HighErrorRate{job=socialapp,severity=critical}");
        assertThat(e.source()).isEqualTo("metrics");
        assertThat(e.refs()).containsExactly("HighErrorRate", "job=socialapp");
        assertThat(e.fromMs()).isEqualTo(FIRST);
        assertThat(e.toMs()).isEqualTo(LAST);
        assertThat(e.values()).containsExactly(Map.entry("firing_s", 30.0));
        assertThat(analysis.status()).isEqualTo(Status.CRITICAL);
        assertThat(analysis.reasons()).contains("Alert HighErrorRate fired (severity critical) [" + f.id() + "]");
    }

    @Test
    void aWarningAlertMakesTheRunWarningNotCritical() {
        RunFixture run = RunFixture.healthy();
        run.alerts.add(alert("HighLatencyP95", "warning", Map.of("job", "socialapp")));

        assertThat(RuleFindings.of(run, "fired_alert"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(run.analyze().status()).isEqualTo(Status.WARNING);
    }

    @Test
    void anInfoAlertIsReportedWithoutRaisingTheStatusAndAnUnlabelledOneIsAWarning() {
        RunFixture info = RunFixture.healthy();
        info.alerts.add(alert("Watchdog", "info", Map.of()));
        RunFixture unlabelled = RunFixture.healthy();
        unlabelled.alerts.add(alert("CustomAlert", null, Map.of()));

        assertThat(RuleFindings.of(info, "fired_alert"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(info.analyze().status()).isEqualTo(Status.HEALTHY);
        assertThat(RuleFindings.of(unlabelled, "fired_alert")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.title()).isEqualTo("Alert CustomAlert fired (no severity label)");
        });
    }

    @Test
    void eachSeriesOfAnAlertIsItsOwnFinding() {
        RunFixture run = RunFixture.healthy();
        run.alerts.add(alert("WebSocketBackpressure", "warning", Map.of("job", "socialapp", "channel", "game")));
        run.alerts.add(alert("WebSocketBackpressure", "warning", Map.of("job", "socialapp", "channel", "chat")));

        List<Finding> findings = RuleFindings.of(run, "fired_alert");

        assertThat(findings)
                .extracting(Finding::id)
                .containsExactlyInAnyOrder(
                        "fired_alert.WebSocketBackpressure{channel=chat,job=socialapp,severity=warning}",
                        "fired_alert.WebSocketBackpressure{channel=game,job=socialapp,severity=warning}");
    }
}
