package dev.stressgate.report.analysis;

import dev.stressgate.profile.ProfileKind;

/**
 * The run being judged.
 *
 * @param runId       run directory name
 * @param profile     profile name
 * @param profileKind what the profile tests, as it declares it; null when the run's profile.json was unusable
 * @param startMs     start epoch ms
 * @param endMs       end epoch ms
 */
public record RunInfo(String runId, String profile, ProfileKind profileKind, long startMs, long endMs) {

    public long durationMs() {
        return Math.max(0, endMs - startMs);
    }
}
