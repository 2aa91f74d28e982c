package dev.stressgate.report.analysis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Says when something happened the way a performance engineer reads it: time into the run ({@code m:ss}, or
 * {@code h:mm:ss} from one hour on) with the UTC wall-clock time beside it, e.g.
 * {@code from 3:42 to 4:02 into the run (05:50:23–05:50:43 UTC)}. Times before the start read as negative offsets.
 * Finding texts use it; evidence keeps its epoch-ms window for machines.
 *
 * @param startMs start of the run in epoch ms
 */
public record RunClock(long startMs) {

    private static final DateTimeFormatter WALL =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    public static RunClock of(RunInfo run) {
        return new RunClock(run.startMs());
    }

    /** {@code from 3:42 to 4:02 into the run (05:50:23–05:50:43 UTC)}. */
    public String window(long fromMs, long toMs) {
        return "from " + offset(fromMs) + " to " + offset(toMs) + " into the run (" + wall(fromMs) + "–" + wall(toMs)
                + " UTC)";
    }

    /** {@code 3:42 into the run (05:50:23 UTC)}. */
    public String at(long epochMs) {
        return offset(epochMs) + " into the run (" + wall(epochMs) + " UTC)";
    }

    /** Time since the start, whole seconds rounded down: {@code 3:42}, {@code 1:02:05}, {@code -0:05}. */
    public String offset(long epochMs) {
        long deltaMs = epochMs - startMs;
        long seconds = Math.floorDiv(Math.abs(deltaMs), 1000);
        String sign = deltaMs < 0 ? "-" : "";
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%s%d:%02d:%02d", sign, h, m, s) : String.format("%s%d:%02d", sign, m, s);
    }

    private static String wall(long epochMs) {
        return WALL.format(Instant.ofEpochMilli(epochMs));
    }
}
