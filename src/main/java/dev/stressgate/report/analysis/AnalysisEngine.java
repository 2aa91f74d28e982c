package dev.stressgate.report.analysis;

import dev.stressgate.profile.Slo;
import dev.stressgate.report.analysis.rules.BaselineRegressionRule;
import dev.stressgate.report.analysis.rules.ConnectionPoolPendingRule;
import dev.stressgate.report.analysis.rules.ConnectionPoolWaitRule;
import dev.stressgate.report.analysis.rules.CpuSaturationRule;
import dev.stressgate.report.analysis.rules.DatabaseLatencyRule;
import dev.stressgate.report.analysis.rules.ErrorBurstRule;
import dev.stressgate.report.analysis.rules.FileDescriptorRule;
import dev.stressgate.report.analysis.rules.FiredAlertRule;
import dev.stressgate.report.analysis.rules.GcPressureRule;
import dev.stressgate.report.analysis.rules.InjectorBottleneckRule;
import dev.stressgate.report.analysis.rules.LostDeliveriesRule;
import dev.stressgate.report.analysis.rules.MemoryGrowthRule;
import dev.stressgate.report.analysis.rules.RateLimitRule;
import dev.stressgate.report.analysis.rules.RunAbortedRule;
import dev.stressgate.report.analysis.rules.SaturationKneeRule;
import dev.stressgate.report.analysis.rules.ServerErrorRule;
import dev.stressgate.report.analysis.rules.SloBreachRule;
import dev.stressgate.report.analysis.rules.SlowestEndpointsRule;
import dev.stressgate.report.analysis.rules.SpikeRecoveryRule;
import dev.stressgate.report.analysis.rules.WebSocketBackpressureRule;
import dev.stressgate.report.analysis.rules.WebSocketConnectRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the SLO evaluation, the baseline comparison and every rule, ranks the findings and decides the
 * deterministic status. When nothing fired and the status is HEALTHY, the only finding is {@code healthy}.
 * <p>
 * Ranking puts causes before symptoms: first an injector that was itself the bottleneck (its numbers are the measuring
 * instrument's limit, so every finding about the target after it is suspect), then the diagnostic findings of severity WARNING or CRITICAL (everything
 * but symptoms), then the symptoms (SLO breaches and baseline regressions), then the INFO findings; within each
 * group by severity, then score, then id. So a slow database that breaks a tight p95 SLO and slows the run against
 * its baseline is the top finding and the breach and the regression come after it. Last, a cause that explains
 * another finding ({@link Finding#explains()}) moves directly before it ({@link CauseOrder}).
 * The ranking never changes the status: a failed SLO still makes the run CRITICAL and stays among the reasons.
 */
public final class AnalysisEngine {

    public static final String HEALTHY_ID = "healthy";

    /** The rank group of the causes: diagnostic findings of severity WARNING or CRITICAL. */
    static final int CAUSES = 0;

    private static final Comparator<Finding> RANKING = Comparator.comparingInt(AnalysisEngine::rankGroup)
            .thenComparing(Comparator.comparing(Finding::severity).reversed())
            .thenComparing(Comparator.comparingDouble(Finding::score).reversed())
            .thenComparing(Finding::id);

    private final List<AnalysisRule> rules;
    private final AnalysisThresholds thresholds;

    public AnalysisEngine(List<AnalysisRule> rules, AnalysisThresholds thresholds) {
        this.rules = List.copyOf(rules);
        this.thresholds = thresholds;
    }

    /** The engine with every rule of the project. */
    public static AnalysisEngine standard(AnalysisThresholds thresholds) {
        return new AnalysisEngine(
                List.of(
                        new InjectorBottleneckRule(),
                        new SloBreachRule(),
                        new ServerErrorRule(),
                        new RateLimitRule(),
                        new ErrorBurstRule(),
                        new SaturationKneeRule(),
                        new CpuSaturationRule(),
                        new MemoryGrowthRule(),
                        new GcPressureRule(),
                        new FileDescriptorRule(),
                        new DatabaseLatencyRule(),
                        new ConnectionPoolWaitRule(),
                        new ConnectionPoolPendingRule(),
                        new WebSocketBackpressureRule(),
                        new LostDeliveriesRule(),
                        new WebSocketConnectRule(),
                        new SpikeRecoveryRule(),
                        new SlowestEndpointsRule(),
                        new BaselineRegressionRule(),
                        new FiredAlertRule(),
                        new RunAbortedRule()),
                thresholds);
    }

    public Analysis analyze(AnalysisInput input) {
        List<SloResult> slo = new SloEvaluator().evaluate(input);
        Optional<BaselineComparison> baseline =
                input.baseline().map(b -> new BaselineComparator().compare(input.client(), b, thresholds.baseline()));
        RuleContext context = new RuleContext(input, thresholds, slo, baseline);
        List<Finding> findings = new ArrayList<>();
        for (AnalysisRule rule : rules) {
            findings.addAll(rule.evaluate(context));
        }
        findings.sort(RANKING);
        findings = CauseOrder.explainersFirst(findings);
        Verdict verdict = new VerdictCalculator().decide(slo, findings);
        Coverage coverage = Coverage.of(input);
        if (findings.isEmpty() && verdict.status() == Status.HEALTHY) {
            findings.add(healthy(input, slo, coverage));
        }
        return new Analysis(
                verdict.status(),
                verdict.reasons(),
                slo,
                findings,
                EndpointShare.slowest(input.client(), thresholds.slowestTopN()),
                baseline,
                coverage);
    }

    /**
     * -1: the injector was the bottleneck, 0: diagnostic WARNING/CRITICAL (a cause), 1: SLO breach or baseline
     * regression (a symptom), 2: INFO.
     */
    static int rankGroup(Finding finding) {
        if (finding.severity() == Severity.INFO) {
            return 2;
        }
        if (finding.category() == Category.INJECTOR) {
            return -1;
        }
        return finding.category() == Category.SLO || finding.category() == Category.REGRESSION ? 1 : CAUSES;
    }

    private static Finding healthy(AnalysisInput input, List<SloResult> slo, Coverage coverage) {
        RequestStats g = input.client().global();
        Evidence evidence = Evidence.wholeRun(
                "run.global",
                "gatling",
                List.of(Slo.GLOBAL),
                Map.of(
                        "requests",
                        (double) g.count(),
                        "p95_ms",
                        g.p95Ms(),
                        "error_rate_pct",
                        g.errorRatePct(),
                        "rps",
                        g.rps()));
        return new Finding(
                HEALTHY_ID,
                HEALTHY_ID,
                Category.HEALTHY,
                Severity.INFO,
                0,
                "Healthy",
                "All " + slo.size() + " SLOs met; " + g.count() + " requests, p95 " + Quantities.ms(g.p95Ms()) + ", "
                        + Quantities.pct(g.errorRatePct()) + " errors, " + Quantities.perSecond(g.rps())
                        + "; no rule found a problem."
                        + (coverage.headline() == null ? "" : " " + coverage.headline()),
                "Raise the load profile to find the capacity limit.",
                List.of(evidence));
    }
}
