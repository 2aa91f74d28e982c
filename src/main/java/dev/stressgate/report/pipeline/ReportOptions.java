package dev.stressgate.report.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-report choices of the {@code report} command.
 *
 * @param baselineDir    run directory to compare with ({@code --baseline}, {@code BASELINE=}); empty: choose one
 * @param noBaseline     compare with no run at all ({@code --no-baseline}, {@code NO_BASELINE=1})
 * @param refreshSources ask Prometheus and Loki again even when the run already stores what they answered
 *                       ({@code --refresh}, {@code REFRESH=1})
 */
public record ReportOptions(Optional<Path> baselineDir, boolean noBaseline, boolean refreshSources) {

    public ReportOptions {
        Objects.requireNonNull(baselineDir, "baselineDir");
        if (noBaseline && baselineDir.isPresent()) {
            throw new IllegalArgumentException("--baseline " + baselineDir.get()
                    + " and --no-baseline (NO_BASELINE=1) contradict each other: give one");
        }
    }

    /** Baseline chosen automatically, stored source data reused. */
    public static ReportOptions defaults() {
        return new ReportOptions(Optional.empty(), false, false);
    }
}
