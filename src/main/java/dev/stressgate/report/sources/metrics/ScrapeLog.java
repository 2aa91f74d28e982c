package dev.stressgate.report.sources.metrics;

import java.util.List;

/**
 * The successful scrapes of a run's scrape.jsonl inside the window, in time order, plus what could not be used:
 * failed scrapes (recorded {@code error} or non-200 status), the cause of the last one ({@code lastFailure}, null
 * when none failed), when each failed ({@code failureTimes}, epoch ms) and unreadable lines (each problem names its
 * line).
 */
public record ScrapeLog(
        List<TimedExposition> scrapes,
        int failedScrapes,
        List<String> problems,
        String lastFailure,
        List<Long> failureTimes) {

    public ScrapeLog {
        scrapes = List.copyOf(scrapes);
        problems = List.copyOf(problems);
        failureTimes = List.copyOf(failureTimes);
    }

    public ScrapeLog(List<TimedExposition> scrapes, int failedScrapes, List<String> problems, String lastFailure) {
        this(scrapes, failedScrapes, problems, lastFailure, List.of());
    }

    public ScrapeLog(List<TimedExposition> scrapes, int failedScrapes, List<String> problems) {
        this(scrapes, failedScrapes, problems, null);
    }
}
