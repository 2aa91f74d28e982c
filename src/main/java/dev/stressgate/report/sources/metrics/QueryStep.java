package dev.stressgate.report.sources.metrics;

import dev.stressgate.report.sources.RunWindow;
import java.time.Duration;

/**
 * Resolution of the range queries: about {@value #TARGET_POINTS} points over the window in whole seconds, never
 * finer than the scrape interval; and the matching {@code rate()} range, {@code max(step + scrape, 4 x scrape)},
 * so every range holds enough samples.
 */
record QueryStep(Duration step, Duration rateWindow) {

    static final int TARGET_POINTS = 300;

    static QueryStep fit(RunWindow window, Duration scrapeInterval) {
        long seconds = Math.max(1, (long) Math.ceil(window.durationMs() / 1000.0 / TARGET_POINTS));
        Duration step = Duration.ofSeconds(seconds);
        if (step.compareTo(scrapeInterval) < 0) {
            step = scrapeInterval;
        }
        Duration rateWindow = step.plus(scrapeInterval);
        if (rateWindow.compareTo(scrapeInterval.multipliedBy(4)) < 0) {
            rateWindow = scrapeInterval.multipliedBy(4);
        }
        return new QueryStep(step, rateWindow);
    }

    String rateWindowPromql() {
        return rateWindow.toMillis() % 1000 == 0 ? rateWindow.toSeconds() + "s" : rateWindow.toMillis() + "ms";
    }
}
