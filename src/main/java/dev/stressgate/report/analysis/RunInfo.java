package dev.stressgate.report.analysis;

/**
 * The run being judged.
 *
 * @param runId       run directory name
 * @param profile     profile name
 * @param profileKind load shape of the profile when it names one (e.g. {@code soak}, {@code spike}); may be null
 * @param startMs     start epoch ms
 * @param endMs       end epoch ms
 */
public record RunInfo(String runId, String profile, String profileKind, long startMs, long endMs) {

    public long durationMs() {
        return Math.max(0, endMs - startMs);
    }
}
