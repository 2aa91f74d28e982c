package dev.stressgate.report.analysis;

import dev.stressgate.profile.ProfileKind;
import dev.stressgate.run.RunMetadata;

/**
 * The run being judged.
 *
 * @param runId       run directory name
 * @param profile     profile name
 * @param profileKind what the profile tests, as it declares it; null when the run's profile.json was unusable
 * @param startMs     start epoch ms
 * @param endMs       end epoch ms
 * @param abort       why an {@code abort_when} condition stopped the run early (run.json); null when none did
 */
public record RunInfo(
        String runId, String profile, ProfileKind profileKind, long startMs, long endMs, RunMetadata.Abort abort) {

    /** A run that was not stopped early. */
    public RunInfo(String runId, String profile, ProfileKind profileKind, long startMs, long endMs) {
        this(runId, profile, profileKind, startMs, endMs, null);
    }

    public long durationMs() {
        return Math.max(0, endMs - startMs);
    }
}
