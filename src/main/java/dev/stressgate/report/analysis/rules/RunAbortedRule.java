package dev.stressgate.report.analysis.rules;

import dev.stressgate.report.analysis.AnalysisRule;
import dev.stressgate.report.analysis.Category;
import dev.stressgate.report.analysis.Evidence;
import dev.stressgate.report.analysis.Finding;
import dev.stressgate.report.analysis.RuleContext;
import dev.stressgate.report.analysis.RunClock;
import dev.stressgate.report.analysis.RunInfo;
import dev.stressgate.report.analysis.Severity;
import dev.stressgate.run.RunMetadata;
import java.util.List;
import java.util.Map;

/**
 * A run that an {@code abort_when} condition of its profile stopped early (run.json {@code abort}) is CRITICAL, so
 * the gate fails: the run did not finish its planned load, and the condition that stopped it is itself a failure.
 * The finding says when and why; every other figure of the report covers only the part that ran.
 */
public final class RunAbortedRule implements AnalysisRule {

    @Override
    public String name() {
        return "run_aborted";
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        RunInfo run = context.input().run();
        RunMetadata.Abort abort = run.abort();
        if (abort == null) {
            return List.of();
        }
        RunClock clock = RunClock.of(run);
        Evidence evidence = new Evidence(
                "run.abort",
                "run",
                List.of(abort.condition()),
                run.startMs(),
                abort.atEpochMs(),
                Map.of("aborted_after_s", Math.max(0, abort.atEpochMs() - run.startMs()) / 1000.0));
        return List.of(new Finding(
                name(),
                name(),
                Category.ABORTED,
                Severity.CRITICAL,
                100,
                "Run aborted " + clock.offset(abort.atEpochMs()) + " into the run: " + abort.condition(),
                "The profile's abort_when condition '" + abort.condition() + "' held "
                        + clock.at(abort.atEpochMs()) + ": " + abort.reason()
                        + ". The load generator was stopped; every figure of this report covers only the part "
                        + "that ran.",
                "Fix what the condition caught (see the findings of the same window) before running the full "
                        + "profile again.",
                List.of(evidence)));
    }
}
