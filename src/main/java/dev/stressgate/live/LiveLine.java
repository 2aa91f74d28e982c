package dev.stressgate.live;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The live console's one line: elapsed/planned time, active users, responses per second and p95 over the last
 * {@value #RECENT_S} complete seconds, the error share of those seconds, the target's CPU when the scrape sampler
 * knows it, and the first SLO broken so far, e.g.
 * {@code [live 00:35/01:00] users 42 | 118.2 req/s | p95 45 ms | errors 0.3% | server CPU 37% | SLOs ok so far}.
 */
final class LiveLine {
    static final int RECENT_S = 5;

    private LiveLine() {}

    static String format(
            Duration elapsed,
            Duration planned,
            long users,
            ResponseWindow window,
            Optional<Double> serverCpuPct,
            Optional<String> brokenSlo) {
        StringBuilder line = new StringBuilder("[live ")
                .append(clock(elapsed))
                .append('/')
                .append(clock(planned))
                .append("] users ")
                .append(users);
        if (window.isEmpty()) {
            line.append(" | no response recorded yet");
        } else {
            long last = Math.floorDiv(window.newestEndMs(), 1000) - 1;
            ResponseWindow.Span recent = window.span(last - RECENT_S + 1, last);
            line.append(String.format(
                    Locale.ROOT,
                    " | %.1f req/s | p95 %d ms | errors %.1f%%",
                    recent.responses() / (double) RECENT_S,
                    recent.percentileMs(95),
                    recent.errorPct()));
        }
        serverCpuPct.ifPresent(cpu -> line.append(String.format(Locale.ROOT, " | server CPU %.0f%%", cpu)));
        line.append(brokenSlo.map(slo -> " | SLO broken: " + slo).orElse(" | SLOs ok so far"));
        return line.toString();
    }

    private static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }
}
